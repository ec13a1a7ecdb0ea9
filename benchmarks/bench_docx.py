"""How fast .docx manuscripts are read: seconds per MB of document XML, at growing sizes (linear?), a
25,000-word novel, and the python-docx reader the project used before (same blocks, checked here).

Documents are built from a real one (default: ../shared/corpus/dracula.docx, else the shipped sample)
by repeating its body paragraphs, so the XML has a real novel's mix of runs, styles and breaks.

    python benchmarks/bench_docx.py [--source DOCX] [--sizes 1,4,16,48] [--reference-max 4]

Prints one line per size and a JSON summary; a benchmark, never a test (no time limits in tests).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import resource
import sys
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # docx_reference.py: the python-docx reader the tests compare with

from curation.ingest.manuscripts.readers import read_docx  # noqa: E402

_BODY = re.compile(rb"(<w:body[^>]*>)(.*?)(<w:sectPr\b.*?</w:sectPr>\s*)?(</w:body>)", re.S)
_WORDS = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")


def scaled(source: bytes, times: int, keep_words: int | None = None) -> bytes:
    """The source .docx with its body paragraphs repeated `times` times (or cut to about `keep_words`)."""
    zin = zipfile.ZipFile(io.BytesIO(source))
    xml = zin.read("word/document.xml")
    m = _BODY.search(xml)
    head, body, sect, tail = m.group(1), m.group(2), m.group(3) or b"", m.group(4)
    if keep_words is not None:
        paras = re.findall(rb"<w:p\b.*?</w:p>|<w:p\b[^>]*/>", body, re.S)
        kept, words = [], 0
        for p in paras:
            kept.append(p)
            words += sum(len(t.split()) for t in _WORDS.findall(p))
            if words >= keep_words:
                break
        body = b"".join(kept)
    new = xml[: m.start()] + head + body * times + sect + tail + xml[m.end() :]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, new if item.filename == "word/document.xml" else zin.read(item.filename))
    return out.getvalue()


def xml_mb(docx: bytes) -> float:
    return zipfile.ZipFile(io.BytesIO(docx)).getinfo("word/document.xml").file_size / 1e6


def timed(fn, *args) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = REPO.parent / "shared" / "corpus" / "dracula.docx"
    ap.add_argument(
        "--source",
        default=str(shared if shared.exists() else REPO / "samples" / "manuscripts" / "visions-of-gaea-sample.docx"),
    )
    ap.add_argument("--sizes", default="1,4,16,48", help="repetitions of the source body")
    ap.add_argument(
        "--reference-max",
        type=int,
        default=4,
        help="largest repetition also read with the python-docx reference (it is slow)",
    )
    args = ap.parse_args()
    from docx_reference import read_docx_reference

    source = Path(args.source).read_bytes()
    path = Path(args.source)
    rows = []
    for times in (int(x) for x in args.sizes.split(",")):
        doc = scaled(source, times)
        mb = xml_mb(doc)
        seconds, blocks = timed(read_docx, path, doc)
        row = {
            "repeat": times,
            "xml_mb": round(mb, 2),
            "blocks": len(blocks),
            "seconds": round(seconds, 3),
            "s_per_mb": round(seconds / mb, 3),
        }
        if times <= args.reference_max:
            ref_seconds, ref_blocks = timed(read_docx_reference, path, doc)
            row.update(
                reference_seconds=round(ref_seconds, 3),
                reference_s_per_mb=round(ref_seconds / mb, 3),
                same_blocks=ref_blocks == blocks,
            )
        rows.append(row)
        print(" ".join(f"{k}={v}" for k, v in row.items()), flush=True)
    novel = scaled(source, 1, keep_words=25_000)
    seconds, blocks = timed(read_docx, path, novel)
    words = sum(len(b.text.split()) for b in blocks)
    ref_seconds, ref_blocks = timed(read_docx_reference, path, novel)
    summary = {
        "source": path.name,
        "sizes": rows,
        "novel_25k": {
            "words": words,
            "xml_mb": round(xml_mb(novel), 2),
            "seconds": round(seconds, 3),
            "reference_seconds": round(ref_seconds, 3),
            "same_blocks": ref_blocks == blocks,
        },
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
