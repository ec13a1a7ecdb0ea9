#!/usr/bin/env python3
"""Prepare the Visions of Gaea manuscript for fine-tuning (same as `unwritten prepare-gaea`).

prepare_visions_of_gaea.py INPUT... --out OUT.jsonl [--roster ROSTER.yaml] [--stats STATS.json]
                           [--existing EXISTING.jsonl] [--universe NAME] [--mode separate|append]
"""

from __future__ import annotations

import sys

from curation.cli import main

if __name__ == "__main__":
    sys.exit(main(["prepare-gaea", *sys.argv[1:]]))
