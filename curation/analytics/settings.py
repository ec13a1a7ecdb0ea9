"""Configuration of dataset analytics and quality gates."""

from __future__ import annotations

from ..config_base import Section


class AnalyticsConfig(Section):
    enforce_gates: bool = False
