"""The dataset card: Hub-valid YAML that DatasetCard parses and load_dataset follows, the audit sections,
deterministic PNG plots, and regeneration that keeps hand-written sections and never drops `configs`."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from curation.config import Config
from curation.export.card import generated_sections, hand_written, render_card, split_front_matter
from curation.export.dataset_folder import write_dataset_folder
from curation.records import Record, Source
from curation.stages.base import Context, chain
from curation.stages.contract import RowContract
from curation.stages.tokens import TokenBudget
from curation.tokens import TiktokenCounter

SPLITS = ("train", "train", "train", "validation", "test")


def records() -> list[Record]:
    out = []
    for i in range(10):
        text = "\n\n".join(f"Paragraph {p} of scene {i}: the lighthouse keeper counts the waves, again." for p in range(4 + i))
        out.append(Record(
            id=f"scene{i:02d}", kind="scene", source=Source("samples/novel.md", i, f"chapter 1, scene {i}"),
            data={"text": text}, data_type="scene", group=f"scene{i}",
            conversations=[{"from": "system", "value": "You are a novelist."},
                           {"from": "human", "value": f"Write scene {i} from Mara's point of view."},
                           {"from": "gpt", "value": text}],
            metadata={"pov": ["Mara", "Kaelen"][i % 2], "scene_type": ["action", "dialogue", "introspective"][i % 3],
                      "universe": "visions_of_gaea", "quality": 0.5 + i / 25, "word_count": len(text.split()),
                      "split": SPLITS[i % 5]}))
    for i in range(15):
        out.append(Record(
            id=f"inter{i:02d}", kind="interaction", source=Source("samples/batch_001.json", i, f"samples[{i}]"),
            data={"scenario": f"scenario {i}"}, data_type=["emotional_authenticity", "dramatic_irony"][i % 2],
            group=f"base{i}",
            conversations=[{"from": "system", "value": "You voice characters."},
                           {"from": "human", "value": f"Capacity {i % 5 + 1}: how does Jun answer?"},
                           {"from": "gpt", "value": f"Jun looks away. 'Fine,' he says, number {i}."}],
            metadata={"quality": 0.6 + (i % 7) / 20, "universe": "unwritten", "capacity_level": f"cap_{i % 3}",
                      "authenticity_target": f"auth_{i % 2}", "split": SPLITS[i % 5]}))
    out.append(Record(id="broken", kind="interaction", source=Source("samples/batch_001.json", 99),
                      data_type="dramatic_irony", conversations=[{"from": "human", "value": "only a question"}],
                      metadata={"split": "train"}))
    return out


def build_folder(tmp_path: Path, existing: str | None = None, cfg: Config | None = None) -> tuple[Path, str, dict]:
    """The real stages and the real folder writer; the report shaped as curation.build writes it."""
    from curation.build import distributions

    cfg = cfg or Config()
    ctx = Context()
    stages = [TokenBudget(TiktokenCounter(), sequence_len=cfg.output.tokens.sequence_len), RowContract()]
    final = list(chain(iter(records()), stages, ctx))
    folder = tmp_path / "unwritten"
    meta = write_dataset_folder(folder, final)
    report = {"tool": {"name": "unwritten-curation", "version": "0.1.0"}, "config_file": "configs/unwritten.yaml",
              "config": cfg.to_public_dict(),
              "sources": [{"path": "samples/novel.md", "sha256": "ab" * 32, "bytes": 1234},
                          {"path": "samples/batch_001.json", "sha256": "cd" * 32, "bytes": 5678}],
              "ledger": ctx.ledger.to_list(),
              "totals": {"source_records": 26, "created": 0, "output_records": len(final), "rejected": 1},
              "distributions": distributions(final), "outputs": meta["counts"], "warnings": []}
    card = render_card(meta, report, cfg, existing, folder)
    (folder / "README.md").write_text(card, encoding="utf-8")
    return folder, card, meta


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_folder(tmp_path_factory.mktemp("card"))


def test_card_parses_with_datasetcard_and_has_hub_metadata(built):
    from huggingface_hub import DatasetCard

    folder, card, meta = built
    data = DatasetCard(card).data.to_dict()
    for key in ("license", "language", "task_categories", "tags", "size_categories", "pretty_name",
                "configs", "dataset_info"):
        assert data.get(key), key
    assert data["configs"] == meta["configs"] and data["size_categories"] == ["n<1K"]
    assert {c["config_name"] for c in data["dataset_info"]} == {"conversations", "interactions", "scenes"}


def test_card_configs_load_with_load_dataset(built):
    from datasets import load_dataset

    folder, _, meta = built
    default = load_dataset(str(folder))
    assert set(default) == {"train", "validation", "test"}
    assert sum(len(default[s]) for s in default) == sum(meta["counts"]["conversations"].values()) == 25
    scenes = load_dataset(str(folder), "scenes")
    assert scenes["train"].features["token_count"].dtype == "int64"


def test_card_sections_show_the_audit(built):
    folder, card, _ = built
    assert generated_sections(card) == ["title", "summary", "how-to-load", "sources", "funnel", "distributions",
                                        "conversation-mapping", "intended-use", "limitations", "pipeline-config"]
    assert "`" + "ab" * 32 + "`" in card and "unwritten-curation 0.1.0" in card
    assert "| row_contract | 26 | 0 | 25 | 1 |" in card
    assert "| row_contract | `contract_not_ending_on_assistant` | 1 |" in card
    assert "| Mara | 5 | 50.0% |" in card and "| dramatic_irony | 7 |" in card
    assert "| cap_0 | 3 | 2 |" in card  # capacity x authenticity matrix
    assert "**emotional_authenticity**" in card and "| 3 | `gpt` | Jun looks away." in card
    assert 'load_dataset("./builders/unwritten")' in card and "lora_r" not in card.split("## Intended use")[0]
    assert "LoRA r 16 / alpha 32" in card and "Expected training time" in card
    assert "```yaml\nroot: .." in card  # the full pipeline config
    for png in ("assets/quality.png", "assets/token_length.png"):
        assert f"]({png})" in card
        assert (folder / png).read_bytes().startswith(b"\x89PNG")


def test_plots_and_card_are_byte_identical_across_builds(tmp_path):
    a, card_a, _ = build_folder(tmp_path / "a")
    b, card_b, _ = build_folder(tmp_path / "b")
    assert card_a == card_b
    for png in ("quality.png", "token_length.png"):
        assert hashlib.sha256((a / "assets" / png).read_bytes()).digest() == \
            hashlib.sha256((b / "assets" / png).read_bytes()).digest()
        assert b"Software" not in (a / "assets" / png).read_bytes()


def test_regeneration_keeps_hand_written_sections_and_user_yaml(tmp_path):
    _, first, _ = build_folder(tmp_path / "one")
    meta, body = split_front_matter(first)
    meta["annotations_creators"] = ["machine-generated"]
    meta.pop("configs")  # a user (or a tool) dropped configs: the build puts them back
    edited_body = body.replace("<!-- END GENERATED: summary -->",
                               "<!-- END GENERATED: summary -->\n\n## Why this exists\n\nWritten by hand.\n")
    edited_body += "\n## Citation\n\nPlease cite the novel.\n"
    import yaml

    edited = f"---\n{yaml.safe_dump(meta, sort_keys=False)}---\n\n{edited_body}"
    _, second, built_meta = build_folder(tmp_path / "two", existing=edited)
    new_meta, new_body = split_front_matter(second)
    assert new_meta["configs"] == built_meta["configs"]
    assert new_meta["annotations_creators"] == ["machine-generated"]
    assert "## Why this exists\n\nWritten by hand." in new_body
    assert new_body.index("## Why this exists") < new_body.index("## How to load")  # stayed in place
    assert new_body.rstrip().endswith("Please cite the novel.")
    # and a third regeneration is stable
    _, third, _ = build_folder(tmp_path / "three", existing=second)
    assert third == second


def test_card_without_markers_is_kept_whole():
    chunks = hand_written("# My notes\n\nSome text.\n")
    assert chunks == [("__end__", "# My notes\n\nSome text.")]


def test_missing_template_is_a_one_line_error(tmp_path):
    from curation.errors import UserError

    cfg = Config.model_validate({"output": {"card": {"template": str(tmp_path / "nope.md.j2")}}})
    with pytest.raises(UserError, match="dataset card template not found"):
        build_folder(tmp_path, cfg=cfg)
