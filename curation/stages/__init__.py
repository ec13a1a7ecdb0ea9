"""Curation stages: each takes an iterator of records and yields the ones it keeps.

Order in a build (`curation.build.pipeline`), after the ingest steps (`curation.ingest`):

1. `versions.VersionFilter`                 one Master Truths version per build
2. `interactions.ValidateInteractions`     schemas + Master Truths rules
3. `interactions.QualityGate`              per-type thresholds / spectrum targets
4. `interactions.ConvertInteractions`      structured samples -> conversation turns
5. `token_budget.TokenBudget`  token counts, length policy (split / drop / raise; never truncate)
6. `filters.QualityFilters`    heuristic filters with named reasons
7. `dedupe.ExactDedupe`        normalised assistant text
8. `dedupe.NearDedupe`         rare-shingle candidates (`near_pairs`) + rapidfuzz verification, greedy keep
9. `balance.Balance`           data-type / scene-type / universe mix, achieved vs target
10. `contract.RowContract`     the Axolotl row contract, on every row
11. `split.Split`              grouped, stratified, seeded train/validation/test + contamination check

`base` holds the protocol (Stage, Filter, SourceStep, Context); `settings` the `stages:` config section.
"""
