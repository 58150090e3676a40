"""Score the aligner on hand-aligned development data and time it.

Usage: python bench/align_eval.py [DATA_DIR] [--mode default|neural] [--one-pass] [--sets mac-dev,aca]
                                  [--out DIR] [--speed N]

DATA_DIR (default ../shared/align-dev, next to the repository) holds one folder
per set, each with zh/NNN, en/NNN (one sentence per line) and gold/NNN.align.
Prints strict and lax precision, recall and F1 per set, and the time taken.
With --speed N it also times N sentences a side (the sets' texts repeated).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bitext import evaluate  # noqa: E402
from bitext.align import align  # noqa: E402


def lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    out = text.split("\n")
    if out and out[-1] == "":
        out.pop()
    return out


def aligner(mode: str, one_pass: bool = False):
    if mode == "neural":
        from bitext.neural import REFINE, align_neural

        return lambda zh, en: align_neural(zh, en, settings=None if one_pass else REFINE)
    return lambda zh, en: align(zh, en)


def run_set(folder: Path, run, out: Path | None):
    pairs = []
    for g in sorted((folder / "gold").iterdir()):
        name = g.name.removesuffix(".align")
        zh, en = lines(folder / "zh" / name), lines(folder / "en" / name)
        beads = run(zh, en)
        test = [(b.zh, b.en) for b in beads]
        if out:
            (out / folder.name).mkdir(parents=True, exist_ok=True)
            (out / folder.name / (name + ".align")).write_text("".join(evaluate.format_bead(a, b) + "\n" for a, b in test), encoding="utf-8")
        pairs.append((evaluate.parse_beads(g.read_text(encoding="utf-8")), test))
    return evaluate.score(pairs)


def _clear_caches() -> None:
    from bitext import anchors

    for f in (anchors.keys_zh, anchors.keys_en, anchors.zh_features, anchors.en_features):
        f.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "align-dev"))
    ap.add_argument("--mode", choices=["default", "neural"], default="default")
    ap.add_argument("--one-pass", action="store_true", help="neural mode without its second pass")
    ap.add_argument("--sets", default="mac-dev,aca")
    ap.add_argument("--out", default=None, help="also write the test beads here")
    ap.add_argument("--speed", type=int, default=0, help="time N sentences a side")
    ap.add_argument("--speed-only", action="store_true", help="skip the scores, only time (with --speed)")
    args = ap.parse_args()
    run = aligner(args.mode, args.one_pass)
    data = Path(args.data)
    out = Path(args.out) if args.out else None
    for name in ([] if args.speed_only else args.sets.split(",")):
        t, c = time.perf_counter(), time.process_time()
        s = run_set(data / name, run, out)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        print(f"{name} ({args.mode}{', one pass' if args.one_pass else ''}, {dt:.1f} s wall, {dc:.1f} s CPU)")
        print("  " + s.format().replace("\n", "\n  "))
    if args.speed:
        zh_all, en_all = [], []
        for name in args.sets.split(","):
            for f in sorted((data / name / "zh").iterdir()):
                zh_all += lines(f)
                en_all += lines(data / name / "en" / f.name)
        # Repeated copies are made distinct, so no cache helps.
        zh = [t + (f"（{k // len(zh_all)}）" if k >= len(zh_all) else "") for k, t in
              enumerate((zh_all * (args.speed // len(zh_all) + 1))[:args.speed])]
        en = [t + (f" ({k // len(en_all)})" if k >= len(en_all) else "") for k, t in
              enumerate((en_all * (args.speed // len(en_all) + 1))[:args.speed])]
        _clear_caches()
        t, c = time.perf_counter(), time.process_time()
        beads = run(zh, en)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        print(f"speed ({args.mode}): {len(zh)} × {len(en)} sentences in {dt:.1f} s wall, {dc:.1f} s CPU, {len(beads)} beads")
    return 0


if __name__ == "__main__":
    sys.exit(main())
