"""PNG plots for the comparison report: where a person would rather look than read.

Both plots put dataset A and B side by side on the same scale, so the eye compares like with like.
Matplotlib's Agg backend (no display); PNGs are written without timestamps, so reruns are identical.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from .. import atomic  # noqa: E402

_PNG_META = {"Software": None}


def _save(fig: Any, path: Path) -> Path:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata=_PNG_META)
    plt.close(fig)
    atomic.write_bytes(path, buf.getvalue())
    return path


def coverage_heatmaps(stats: list[dict[str, Any]], labels: list[str], path: Path) -> Path:
    """Capacity level x authenticity band sample counts, one panel per dataset, shared colour scale."""
    cov = [s["coverage"] for s in stats]
    mats = [np.asarray(c["matrix"], dtype=float) for c in cov]
    vmax = max(1.0, *(float(m.max()) for m in mats))
    fig, axes = plt.subplots(
        1, len(stats), figsize=(4.8 * len(stats), 4.0), squeeze=False, gridspec_kw={"wspace": 0.35}
    )
    for ax, m, c, label in zip(axes[0], mats, cov, labels, strict=False):
        im = ax.imshow(m, cmap="viridis", vmin=0, vmax=vmax)
        ax.set_xticks(range(len(c["columns"])), c["columns"], rotation=30, ha="right")
        ax.set_yticks(range(len(c["rows"])), c["rows"])
        ax.set_xlabel("authenticity")
        ax.set_title(f"{label}: {c['cells_covered']}/{c['cells']} cells")
        for (i, j), v in np.ndenumerate(m):
            ax.text(
                j,
                i,
                "gap" if v == 0 else f"{int(v)}",
                ha="center",
                va="center",
                color="red" if v == 0 else ("black" if v > 0.6 * vmax else "white"),
                fontsize=8,
            )
    axes[0][0].set_ylabel("capacity")
    fig.colorbar(im, ax=axes[0].tolist(), shrink=0.8, label="samples")
    return _save(fig, path)


def quality_histograms(stats: list[dict[str, Any]], labels: list[str], path: Path) -> Path:
    """Quality-score histograms (share of scored samples per bin), one panel per dataset, same y scale."""
    fig, axes = plt.subplots(1, len(stats), figsize=(4.6 * len(stats), 3.4), squeeze=False, sharey=True)
    for ax, s, label in zip(axes[0], stats, labels, strict=False):
        h = s["quality"]["histogram"]
        counts = np.asarray(h["counts"], dtype=float)
        edges = np.asarray(h["edges"], dtype=float)
        if counts.size and counts.sum():
            ax.bar(
                edges[:-1],
                counts / counts.sum(),
                width=np.diff(edges),
                align="edge",
                color="#4c72b0",
                edgecolor="white",
            )
        for cut in (0.5, 0.7, 0.9):  # poor | acceptable | good | excellent
            ax.axvline(cut, color="grey", linestyle=":", linewidth=1)
        mean = s["quality"]["mean"]
        ax.set_title(f"{label}: mean {mean:.2f}" if mean is not None else f"{label}: no scores")
        ax.set_xlim(0, 1)
        ax.set_xlabel("quality score")
    axes[0][0].set_ylabel("share of samples")
    return _save(fig, path)
