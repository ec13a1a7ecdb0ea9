"""Ingest: raw inputs -> Records.

- `interactions/`: generated batch files (discovery -> salvage -> normalize -> source), plus the
  interaction-specific stages (validate against Master Truths rules, quality gate, convert to turns).
- `manuscripts/`: novels (readers -> structure -> chunking -> tagging/POV -> prompts -> source).
- `conversations.py`: conversation JSONL and built dataset folders read back into Records.
"""
