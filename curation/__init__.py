"""unwritten-curation: clean, balanced, train-ready fine-tuning data for narrative AI characters.

Flow: ``ingest`` (interaction batches, manuscripts) -> ``records`` -> ``stages`` (validate, convert,
filter, dedupe, balance, split) -> ``export`` (dataset folder, card, report) -> ``publish`` (Hub, QLoRA).
"""

__version__ = "0.1.0"
