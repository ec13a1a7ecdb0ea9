"""PNG histograms shown in the dataset card (quality scores, token lengths), byte-identical across builds.

Matplotlib's Agg backend (no display), fixed size, dpi and fonts, and no `Software`/date metadata in the
PNG, so the same rows always give the same bytes and a re-push uploads nothing new.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from .. import atomic  # noqa: E402

PNG_METADATA = {"Software": None}
COLOURS = {"scene": "#4c72b0", "interaction": "#dd8452"}


def histogram_png(
    series: dict[str, Sequence[float]],
    *,
    title: str,
    xlabel: str,
    bins: int,
    value_range: tuple[float, float] | None = None,
    vline: float | None = None,
    vline_label: str | None = None,
) -> bytes:
    """A stacked histogram, one colour per kind; empty input draws an empty, labelled frame."""
    with plt.rc_context({"svg.hashsalt": "unwritten", "font.family": "DejaVu Sans"}):
        fig, ax = plt.subplots(figsize=(7.0, 3.6))
        names = [k for k in sorted(series) if len(series[k])]
        data = [list(series[k]) for k in names]
        if data:
            lo = min(min(d) for d in data) if value_range is None else value_range[0]
            hi = max(max(d) for d in data) if value_range is None else value_range[1]
            if hi <= lo:
                hi = lo + 1
            ax.hist(
                data,
                bins=bins,
                range=(lo, hi),
                stacked=True,
                label=[f"{n} ({len(d)})" for n, d in zip(names, data, strict=False)],
                color=[COLOURS.get(n, "#55a868") for n in names],
                edgecolor="white",
                linewidth=0.5,
            )
            ax.legend(frameon=False)
        else:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
        if vline is not None:
            ax.axvline(vline, color="#c44e52", linestyle="--", linewidth=1.2, label=vline_label)
            if vline_label:
                ax.legend(frameon=False)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("rows")
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, metadata=PNG_METADATA)
        plt.close(fig)
    return buf.getvalue()


def write_png(path: Path, data: bytes) -> Path:
    atomic.write_bytes(path, data)
    return path
