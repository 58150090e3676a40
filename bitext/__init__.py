"""bitext: turn a bilingual Chinese–English report into a side-by-side website."""

__version__ = "0.1.0"
