"""A hand-labelled manuscript unlike the shipped sample, rendered as .md, .txt, .docx and a chapter folder.

`tests/data/heldout/the-salt-ledger.md` is the master: a contemporary thriller written for these tests,
with four POV characters whose names collide (Ana Reyes / Anna Lind, Tom Becker / Tomas Varga), one
chapter in the first person whose narrator is only named by how others address him, chapter headings in
many styles ("CHAPTER ONE", "2", "Chapter 3 — Title", "IV", "6. Title", "SEVEN", a Part heading with a
title line), mixed break markers (* * *, #, ~, §, ❦, ⁂, a blank-line break), front matter (title page,
copyright page, dedication, epigraph, contents), a chapter epigraph, an [Editor: ...] note, a 3,300-word
chapter with no break, long dialogue runs with a multi-paragraph speech, and back matter after THE END
(acknowledgments, about the author, "also by", an excerpt from another book).

Each scene is preceded by a label comment (`<!-- scene: pov=...; type=...; person=... -->`, `fragment`
for the scene that must be rejected); `<!-- break: blank -->` is a break made of blank lines (empty
paragraphs in .docx). Everything outside a labelled scene is non-narrative. The renderers strip the
comments; `measure` scores a pipeline result against the labels, the way the held-out judging does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "heldout"
MASTER = DATA / "the-salt-ledger.md"
ROSTER = DATA / "roster.yaml"

_LABEL = re.compile(r"^<!--\s*scene:\s*(.*?)\s*-->$")
_BLANK_BREAK = "<!-- break: blank -->"
_MARKERS = {"* * *", "#", "~", "§", "❦", "⁂", "***", "---"}


@dataclass
class LabelledScene:
    index: int
    chapter: int
    pov: str
    type: str
    person: str
    fragment: bool
    paragraphs: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass
class Master:
    lines: list[str]  # the master without its leading comment
    scenes: list[LabelledScene]
    non_narrative: list[str]  # every paragraph outside a scene (headings, front and back matter, notes)


def _paragraphs(lines: list[str]) -> list[str]:
    out, cur = [], []
    for ln in lines + [""]:
        if _LABEL.match(ln.strip()) or ln.strip() == _BLANK_BREAK:
            if cur:
                out.append(" ".join(cur))
                cur = []
            out.append(ln.strip())
        elif ln.strip():
            cur.append(ln.strip())
        elif cur:
            out.append(" ".join(cur))
            cur = []
    return out


def load_master() -> Master:
    text = MASTER.read_text(encoding="utf-8")
    text = re.sub(r"\A<!--.*?-->\s*", "", text, flags=re.S)
    lines = text.split("\n")
    scenes: list[LabelledScene] = []
    non_narrative: list[str] = []
    chapter = 0
    cur: LabelledScene | None = None
    for para in _paragraphs(lines):
        if m := _LABEL.match(para):
            fields = dict(
                kv.split("=", 1) if "=" in kv else (kv, "1") for kv in (x.strip() for x in m.group(1).split(";"))
            )
            cur = LabelledScene(
                len(scenes), chapter, fields["pov"], fields["type"], fields["person"], "fragment" in fields
            )
            scenes.append(cur)
            continue
        if para in _MARKERS or para == _BLANK_BREAK or para == "THE END" or re.match(r"#{1,6} ", para):
            if para.startswith("## ") and not re.match(r"## (Contents|Acknowledg|About|Also|Read on)", para):
                chapter += 1
            cur = None
            if para != _BLANK_BREAK:
                non_narrative.append(para)
        elif cur is not None and not para.startswith("[Editor"):
            cur.paragraphs.append(para)
        else:
            non_narrative.append(para)
    return Master(lines, scenes, non_narrative)


# ---- renditions --------------------------------------------------------------------------------------
def _strip_comments(lines: list[str], blank_break: str) -> list[str]:
    out = []
    for ln in lines:
        if _LABEL.match(ln.strip()):
            continue
        if ln.strip() == _BLANK_BREAK:
            out.extend([blank_break] if blank_break else [])
            continue
        out.append(ln)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).split("\n")


def markdown_text(master: Master) -> str:
    # the blank-line break: three empty lines between the two scenes
    text = "\n".join(_strip_comments(master.lines, "\x00"))
    return text.replace("\n\x00\n", "\n\n\n").rstrip() + "\n"


def plain_text(master: Master) -> str:
    """Plain text as a writer's .txt export: no Markdown marks, _italics_, blank-line break kept."""
    text = markdown_text(master)
    text = re.sub(r"(?m)^#{1,6} ", "", text)
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"_\1_", text)
    return text


def write_markdown(master: Master, path: Path) -> Path:
    path.write_text(markdown_text(master), encoding="utf-8")
    return path


def write_text(master: Master, path: Path) -> Path:
    path.write_text(plain_text(master), encoding="utf-8")
    return path


def write_docx(master: Master, path: Path) -> Path:
    """Title/Heading styles for title, parts, chapters; centred breaks, title page and epigraphs."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    first_h1 = True
    front = True
    text = markdown_text(master).replace("\n\n\n\n", "\n\n\x00\n\n")
    for para in _paragraphs(text.split("\n")):
        if para == "\x00":  # the blank-line break: a run of empty paragraphs
            d.add_paragraph("")
            d.add_paragraph("")
            continue
        m = re.match(r"^(#{1,3}) (.*)$", para)
        if m:
            level = len(m.group(1))
            if level == 1 and first_h1:
                d.add_paragraph(m.group(2), style="Title")
                first_h1 = False
            else:
                d.add_paragraph(m.group(2).replace("*", ""), style=f"Heading {level}")
            if level == 1 and not first_h1 and m.group(2) != "The Salt Ledger":
                front = False
            continue
        p = d.add_paragraph()
        for n, piece in enumerate(re.split(r"\*([^*]+)\*", para)):
            if piece:
                p.add_run(piece).italic = True if n % 2 else None
        centred = para in _MARKERS or para == "THE END" or (front and len(para.split()) <= 20) or para.startswith("— ")
        if centred:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)
    return path


def write_folder(master: Master, folder: Path, front_back_files: bool = True) -> Path:
    """One file per chapter ("chapter-1.md" .. "chapter-10.md"); a Part heading goes with the chapter
    after it. With `front_back_files`, front and back matter are files of their own, otherwise they
    open the first chapter file and close the last one."""
    folder.mkdir(parents=True, exist_ok=True)
    text = markdown_text(master)
    # cut before each chapter heading; a Part heading (and its title line) goes with the chapter after it
    pieces: list[list[str]] = [[]]
    held: list[str] = []
    for para in text.split("\n\n"):
        if para.startswith("# ") and re.match(r"# part\b", para, re.I):
            held = [para]
        elif held and len(held) == 1 and not para.startswith("#"):
            held.append(para)  # the part's title line
        elif re.match(r"## (?!Contents|Acknowledg|About|Also|Read on)", para) and pieces[-1][:1] != ["<back>"]:
            pieces.append(held + [para])
            held = []
        else:
            pieces[-1].append(para)
    front, chapters = "\n\n".join(pieces[0]) + "\n", ["\n\n".join(p) + "\n" for p in pieces[1:]]
    last = chapters[-1]
    end = last.index("THE END") + len("THE END")
    chapters[-1], back = last[:end] + "\n", last[end:].lstrip()
    if not front_back_files:
        chapters[0] = front + chapters[0]
        chapters[-1] = chapters[-1] + "\n" + back
    else:
        (folder / "front-matter.md").write_text(front, encoding="utf-8")
        (folder / "back-matter.md").write_text(back, encoding="utf-8")
    for k, piece in enumerate(chapters, 1):
        (folder / f"chapter-{k}.md").write_text(piece, encoding="utf-8")
    return folder


def renditions(tmp: Path) -> dict[str, Path]:
    master = load_master()
    return {
        "md": write_markdown(master, tmp / "the-salt-ledger.md"),
        "txt": write_text(master, tmp / "the-salt-ledger.txt"),
        "docx": write_docx(master, tmp / "the-salt-ledger.docx"),
        "folder": write_folder(master, tmp / "chapters"),
        "folder-inline": write_folder(master, tmp / "chapters-inline", front_back_files=False),
    }


# ---- scoring -----------------------------------------------------------------------------------------
def _same_person(expected: str, got: str | None) -> bool:
    """Without a roster a POV may be named by part of the full name ("Ana" for "Ana Reyes")."""
    if not got:
        return False
    return set(got.replace(".", "").split()) <= set(expected.split())


def measure(result, master: Master, lo: int = 800, hi: int = 2500) -> dict:
    """The held-out targets, measured on one pipeline result."""
    owner: dict[str, list[LabelledScene]] = {}
    for s in master.scenes:
        for p in s.paragraphs:
            owner.setdefault(p, []).append(s)
    narrative = {p for s in master.scenes for p in s.paragraphs}
    rows = result.rows
    in_bounds = sum(lo <= r.metadata["word_count"] <= hi for r in rows)
    leaks, povs_ok, types_ok, person_ok = [], 0, 0, 0
    cuts = []
    kept_words = 0
    details = []
    for r in rows:
        paras = r.text.split("\n\n")
        words: dict[int, int] = {}
        for p in paras:
            if p not in narrative:
                leaks.append((r.locator, p[:80]))
                continue
            s = owner[p][0]
            words[s.index] = words.get(s.index, 0) + len(p.split())
            if not s.fragment:
                kept_words += len(p.split())
        main = master.scenes[max(words, key=words.get)] if words else None
        pov = r.metadata["pov"]
        ok_pov = main is not None and _same_person(main.pov, pov)
        ok_type = main is not None and r.metadata["scene_type"] == main.type
        povs_ok += ok_pov
        types_ok += ok_type
        person_ok += main is not None and r.metadata["person"] == main.person
        details.append(
            (
                r.locator,
                main.index if main else None,
                main.pov if main else None,
                pov,
                main.type if main else None,
                r.metadata["scene_type"],
                r.metadata["word_count"],
            )
        )
    # cuts inside dialogue: consecutive chunks cut inside one labelled scene
    for a, b in zip(rows, rows[1:], strict=False):
        last, first = a.text.split("\n\n")[-1], b.text.split("\n\n")[0]
        if last not in owner or first not in owner or owner[last][0] is not owner[first][0]:
            continue
        speech = lambda t: "“" in t or '"' in t  # noqa: E731
        if last.count("“") > last.count("”") or (speech(last) and speech(first)):
            cuts.append(a.locator)
    total = sum(s.words for s in master.scenes if not s.fragment)
    n = max(1, len(rows))
    return {
        "chunks": len(rows),
        "in_bounds": in_bounds / n,
        "dialogue_cuts": len(cuts),
        "non_narrative_leaks": leaks,
        "kept": kept_words / total,
        "pov": povs_ok / n,
        "scene_type": types_ok / n,
        "person": person_ok / n,
        "details": details,
    }
