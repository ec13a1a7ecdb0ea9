"""The dataset card: Hub-valid YAML that DatasetCard parses and load_dataset follows, the audit sections,
deterministic PNG plots, and regeneration that keeps hand-written sections and never drops `configs`."""

from __future__ import annotations

import hashlib

import pytest

from builders import build_folder, card_records
from curation.config import Config
from curation.export.card import generated_sections, hand_written, render_card, split_front_matter
from curation.export.dataset_folder import write_dataset_folder
from curation.stages.base import Context, chain


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_folder(tmp_path_factory.mktemp("card"))


def test_card_parses_with_datasetcard_and_has_hub_metadata(built):
    from huggingface_hub import DatasetCard

    folder, card, meta = built
    data = DatasetCard(card).data.to_dict()
    for key in (
        "license",
        "language",
        "task_categories",
        "tags",
        "size_categories",
        "pretty_name",
        "configs",
        "dataset_info",
    ):
        assert data.get(key), key
    assert data["configs"] == meta["configs"] and data["size_categories"] == ["n<1K"]
    assert {c["config_name"] for c in data["dataset_info"]} == {"conversations", "messages", "interactions", "scenes"}


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
    assert generated_sections(card) == [
        "title",
        "summary",
        "how-to-load",
        "sources",
        "funnel",
        "distributions",
        "statistics",
        "conversation-mapping",
        "intended-use",
        "limitations",
        "pipeline-config",
    ]
    assert "`" + "ab" * 32 + "`" in card and "unwritten-curation 0.1.0" in card
    assert "| row_contract | 26 | 0 | 25 | 1 |" in card
    assert "| row_contract | `contract_not_ending_on_assistant` | 1 |" in card
    assert "| Mara | 5 | 50.0% |" in card and "| dramatic_irony | 7 |" in card
    assert "| cap_0 | 3 | 2 |" in card  # capacity x authenticity matrix
    assert "**emotional_authenticity**" in card and "| 3 | `gpt` | Jun looks away." in card
    assert 'load_dataset("./builders/unwritten")' in card and "lora_r" not in card.split("## Intended use")[0]
    assert "LoRA r 16 / alpha 32" in card and "Expected training time" in card
    assert "```yaml\nroot: ." in card  # the full pipeline config
    for png in ("assets/quality.png", "assets/token_length.png"):
        assert f"]({png})" in card
        assert (folder / png).read_bytes().startswith(b"\x89PNG")


def test_plots_and_card_are_byte_identical_across_builds(tmp_path):
    a, card_a, _ = build_folder(tmp_path / "a")
    b, card_b, _ = build_folder(tmp_path / "b")
    assert card_a == card_b
    for png in ("quality.png", "token_length.png"):
        assert (
            hashlib.sha256((a / "assets" / png).read_bytes()).digest()
            == hashlib.sha256((b / "assets" / png).read_bytes()).digest()
        )
        assert b"Software" not in (a / "assets" / png).read_bytes()


def test_regeneration_keeps_hand_written_sections_and_user_yaml(tmp_path):
    _, first, _ = build_folder(tmp_path / "one")
    meta, body = split_front_matter(first)
    meta["annotations_creators"] = ["machine-generated"]
    meta.pop("configs")  # a user (or a tool) dropped configs: the build puts them back
    edited_body = body.replace(
        "<!-- END GENERATED: summary -->", "<!-- END GENERATED: summary -->\n\n## Why this exists\n\nWritten by hand.\n"
    )
    edited_body = edited_body.replace(
        "<!-- END GENERATED: statistics -->", "<!-- END GENERATED: statistics -->\n\n## Reading the gates\n\nBy hand.\n"
    )
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
    assert (
        new_body.index("<!-- END GENERATED: statistics -->")
        < new_body.index("## Reading the gates")
        < new_body.index("## Conversation mapping")
    )
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


# ---- the statistics section -----------------------------------------------------------------------
def _section(card: str, name: str) -> str:
    return card.split(f"<!-- BEGIN GENERATED: {name} -->", 1)[1].split(f"<!-- END GENERATED: {name} -->", 1)[0]


@pytest.fixture(scope="module")
def sample_builds(tmp_path_factory, repo):
    """Two real builds of the embedded samples with the shipped config."""
    from curation.build import build
    from curation.config import load_config

    root = tmp_path_factory.mktemp("sample-card")
    return [build(load_config(repo / "configs" / "unwritten.yaml"), root / name / "unwritten") for name in "ab"]


def test_statistics_section_renders_the_report_on_the_sample_build(sample_builds):
    from curation.analytics.compare import fmt_value

    result = sample_builds[0]
    card = (result.out_dir / "README.md").read_text(encoding="utf-8")
    names = generated_sections(card)
    assert names.index("distributions") + 1 == names.index("statistics") == names.index("conversation-mapping") - 1
    stats, section = result.report["analytics"], _section(card, "statistics")
    for version in stats["master_truths_versions"]:
        assert f"**Master Truths version:** {version}" in section
    # the gates table: every build-level gate, with the report's value, threshold and result
    assert "| gate | value | threshold | result |" in section
    results = stats["gates"]["build"]["results"]
    assert len(results) >= 10
    for r in results:
        status = {"pass": "pass", "fail": "**FAIL**"}.get(r["status"], r["status"])
        assert (
            f"| `{r['gate']}` | {fmt_value(r['value'])} | {r['op']} {fmt_value(r['threshold'])} | {status} |" in section
        )
    failed = stats["gates"]["failed_batches"]
    assert f"{len(failed)} of {len(stats['gates']['batches'])} batch files fail" in section
    # quality bands, spectrum, complexity, capacity, duplicates, diversity
    for band, n in stats["quality"]["distribution"].items():
        assert f"| {band} | {n} | {100 * stats['quality']['shares'][band]:.1f}% |" in section
    a = stats["authenticity"]
    assert f"{a['covered']}/{a['of']} categories covered" in section and f"range {fmt_value(a['range'])}" in section
    assert f"{stats['complexity']['covered']} types covered" in section
    for level, n in stats["capacity"]["levels"].items():
        assert (
            f"| {level} | {n} | {100 * stats['capacity']['shares'][level]:.1f}% | "
            f"{100 * stats['capacity']['targets'][level]:.1f}% |" in section
        )
    for c, auth in stats["coverage"]["gaps"][:12]:
        assert f"{c} x {auth}" in section
    assert f"({stats['duplicates']['removed']} removed by dedupe" in section
    assert "| group | rows | distinct-1 | distinct-2 | distinct-3 | compression | pattern |" in section
    for data_type in stats["diversity"]["by_data_type"]:
        assert f"\n| {data_type} | " in section
    # balance: achieved against target per dimension, with the mode, from the balance stage's notes
    notes = next(s["notes"] for s in result.report["ledger"] if s["stage"] == "balance")
    assert "*Scene types* (target 30/25/25/20; mode `report`" in section
    assert "*Data types* (target " in section and f"mode `{notes['policy']['data_type']}`" in section
    for dim in ("data_type", "scene_type"):
        assert f"| {dim} | available | kept | achieved | target | difference |" in section
        for cat, v in notes[dim].items():
            assert (
                f"| {cat} | {v['available']} | {v['kept']} | {100 * v['achieved']:.1f}% | "
                f"{100 * v['target']:.1f}% |" in section
            )
    assert "Universes: no target mix recorded" in section
    # the heatmap
    assert "](assets/coverage_capacity_authenticity.png)" in section
    png = (result.out_dir / "assets" / "coverage_capacity_authenticity.png").read_bytes()
    assert png.startswith(b"\x89PNG") and b"Software" not in png


def test_statistics_section_and_heatmap_are_byte_identical_across_builds(sample_builds):
    a, b = (r.out_dir for r in sample_builds)
    assert (a / "README.md").read_bytes() == (b / "README.md").read_bytes()
    assets = sorted(p.name for p in (a / "assets").iterdir())
    assert "coverage_capacity_authenticity.png" in assets
    assert assets == sorted(p.name for p in (b / "assets").iterdir())
    for name in assets:
        assert (a / "assets" / name).read_bytes() == (b / "assets" / name).read_bytes(), name


def test_statistics_of_a_scenes_only_build_leave_out_what_was_not_measured(tmp_path):
    """No interaction rows: no version, spectrum, capacity or heatmap; the gates show n/a, not failures."""
    from curation.analytics.statistics import dataset_statistics
    from curation.stages.balance import Balance

    scenes = [r for r in card_records() if r.kind == "scene"]
    ctx = Context()
    final = list(chain(iter(scenes), [Balance()], ctx))
    folder = tmp_path / "unwritten"
    meta = write_dataset_folder(folder, final)
    report = {"ledger": ctx.ledger.to_list(), "analytics": dataset_statistics(final, rejects=[])}
    section = _section(render_card(meta, report, Config(), None, folder), "statistics")
    assert "**Master Truths version:** none (no interaction samples)." in section
    assert "| `spectrum.min_failed` | — | >= 2 | n/a |" in section and "**all pass**" in section
    assert "No interaction batch files" in section
    assert "no samples with an authenticity score" in section and "no samples with a capacity level" in section
    assert "coverage_capacity_authenticity.png" not in section
    assert not (folder / "assets" / "coverage_capacity_authenticity.png").exists()
    assert "| scene type: action | 4 |" in section  # diversity per scene type
    assert "*Scene types* (target 30/25/25/20; mode `report`" in section and "*Data types*" not in section
    assert "Data types, Universes: no target mix recorded" in section


def test_statistics_section_without_analytics_says_so(built):
    _, card, _ = built  # a report without "analytics" and without a balance stage
    section = _section(card, "statistics")
    assert "The build report has no analytics for this build." in section
    assert "Data types, Scene types, Universes: no target mix recorded" in section
