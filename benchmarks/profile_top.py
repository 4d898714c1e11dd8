"""The top functions of a py-spy profile in raw (collapsed) form, by share of samples.

    python -m benchmarks.profile_top PATH [--limit 25] [--self]

Inclusive share (a function and everything it calls) by default, self share with --self.
Used with MAKTAB_PROFILE=PATH python -m benchmarks --only bench_server_push.
"""
from __future__ import annotations

import argparse
import collections
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_top")
    parser.add_argument("path")
    parser.add_argument("--limit", type=int, default=25)
    parser.add_argument("--self", action="store_true", dest="self_only")
    args = parser.parse_args(argv)
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    for line in Path(args.path).read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [f.strip() for f in stack.split(";")]
        n = int(count)
        total += n
        if args.self_only:
            inclusive[frames[-1]] += n
        else:
            for frame in dict.fromkeys(frames):
                inclusive[frame] += n
    print(f"{total} samples")
    for frame, n in inclusive.most_common(args.limit):
        print(f"{100 * n / total:5.1f} %  {frame[:150]}")


if __name__ == "__main__":
    main()
