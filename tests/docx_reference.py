"""The python-docx reader the project used before `readers.read_docx` parsed the XML itself.

Kept only as the reference the equivalence test (test_hostile_inputs.py) and the benchmark (bench_docx.py)
compare against: the same blocks, from python-docx's own object model, at python-docx's speed (it resolves a
style by scanning the style table for every run and paragraph: about 4-12 s per MB of document XML).
"""

from __future__ import annotations

import re
from pathlib import Path

from curation.errors import UserError
from curation.ingest.manuscripts.readers import Block, _check_docx_zip
from curation.ingest.manuscripts.text import clean_whitespace, normalize_emphasis, normalize_unicode


def _style_flag(style, attr: str, cache: dict) -> bool:
    """Italic/bold inherited from a character style (e.g. "Emphasis") and its base styles."""
    key = (getattr(style, "style_id", None), attr)
    if key not in cache:
        val, seen = None, 0
        while style is not None and val is None and seen < 10:
            val = getattr(style.font, attr, None)
            style, seen = style.base_style, seen + 1
        cache[key] = bool(val)
    return cache[key]


def _run_flag(run, attr: str, cache: dict) -> bool:
    direct = getattr(run, attr)
    if direct is not None:
        return bool(direct)
    try:
        style = run.style
    except Exception:  # a run pointing at a missing style
        return False
    return _style_flag(style, attr, cache) if style is not None else False


def _docx_paragraph_text(par, cache: dict) -> str:
    """Paragraph text with italic runs as *x* (bold as **x**), adjacent runs of one style merged."""
    segs: list[list] = []
    for run in par.runs:
        t = run.text
        if not t:
            continue
        style = ("i" if _run_flag(run, "italic", cache) else "") + ("b" if _run_flag(run, "bold", cache) else "")
        if segs and segs[-1][0] == style:
            segs[-1][1] += t
        else:
            segs.append([style, t])
    out = []
    for style, t in segs:
        mark = ("*" if "i" in style else "") + ("**" if "b" in style else "")
        core = t.strip()
        if mark and core:
            lead = t[: len(t) - len(t.lstrip())]
            trail = t[len(t.rstrip()) :]
            out.append(f"{lead}{mark}{core}{mark[::-1]}{trail}")
        else:
            out.append(t)
    text = "".join(out) if segs else par.text
    return normalize_emphasis(clean_whitespace(normalize_unicode(text)))


_HEADING_STYLE = re.compile(r"^(?:heading\s*(\d)|title|subtitle)$", re.I)


def read_docx_reference(path: Path, data: bytes) -> list[Block]:
    import io

    _check_docx_zip(path, data)
    try:
        import docx  # python-docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        document = docx.Document(io.BytesIO(data))
        paragraphs = list(document.paragraphs)
    except UserError:
        raise
    except Exception as e:  # python-docx raises many kinds on a damaged package
        raise UserError(f"{path}: corrupt .docx, cannot be read ({type(e).__name__}: {e})") from None
    blocks: list[Block] = []
    empties = 0
    cache: dict = {}
    # empty paragraphs between body paragraphs: if rare, one marks a break; if common, a run of two does
    n_empty_gaps = sum(1 for p in paragraphs if not p.text.strip())
    empty_break = 1 if n_empty_gaps < 0.05 * max(1, len(paragraphs)) else 2
    for k, par in enumerate(paragraphs, 1):
        place = f"paragraph {k}"
        raw = par.text.strip()
        if not raw:
            empties += 1
            continue
        if empties >= empty_break and blocks and blocks[-1].kind == "para":
            blocks.append(Block("break", "", place, raw="(empty paragraphs)"))
        empties = 0
        style = (par.style.name if par.style is not None else "") or ""
        m = _HEADING_STYLE.match(style.strip())
        text = _docx_paragraph_text(par, cache)
        symbol_only = not re.search(r"\w", text)
        try:
            centred = par.alignment == WD_ALIGN_PARAGRAPH.CENTER or (
                par.style is not None and par.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
            )
        except Exception:  # unusual alignment values in foreign documents
            centred = False
        if (
            symbol_only
            or "break" in style.lower()
            or "separator" in style.lower()
            or (centred and len(text) <= 5 and not re.search(r"[A-Za-z0-9]{2}", text))
        ):
            blocks.append(Block("break", "", place, raw=raw))
            continue
        if m:
            level = int(m.group(1)) if m.group(1) else (0 if style.lower() == "title" else 1)
            blocks.append(Block("heading", text, place, level=level, raw=raw))
            continue
        blocks.append(Block("para", text, place))
    return blocks
