"""The stages wired together: read → segment → pair → ids."""
from __future__ import annotations

from .corrections import NONE, Corrections
from .ids import Registry, Result, stabilize
from .model import Bitext, Source
from .pair import pair
from .segment import outline


def process(source: Source, corrections: Corrections = NONE) -> Bitext:
    return pair(source, outline(source.blocks, "zh"), outline(source.blocks, "en"), corrections)


def process_ids(source: Source, corrections: Corrections = NONE, registry: Registry | None = None) -> Result:
    """process, then the ids of the registry kept for links that hold (and the updated registry)."""
    return stabilize(process(source, corrections), registry)
