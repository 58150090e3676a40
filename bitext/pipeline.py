"""The stages wired together: read → segment → pair."""
from __future__ import annotations

from .corrections import NONE, Corrections
from .model import Bitext, Source
from .pair import pair
from .segment import outline


def process(source: Source, corrections: Corrections = NONE) -> Bitext:
    return pair(source, outline(source.blocks, "zh"), outline(source.blocks, "en"), corrections)
