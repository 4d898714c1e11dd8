"""The single benchmark runner: prints a table and writes JSON.

    python -m benchmarks [--quick] [--json PATH] [--only NAME ...]

JSON: an object mapping each figure's name to {"value": …, "unit": …} (plus "budget"
and "ok" where DESIGN.md §9 sets one). Exit status 0 even when a budget is missed (the
table says so; benchmarks measure, tests judge); 1 when a suite could not run.
"""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from pathlib import Path

SUITES = ["bench_tickets", "bench_receipt", "bench_startup", "bench_memory", "bench_hub", "bench_hub_issue",
          "bench_display", "bench_sync", "bench_gui_stall", "bench_backoffice_list", "bench_backoffice_figures",
          "bench_open_figures", "bench_public_ticket", "bench_report", "bench_call_order",
          "bench_server_push", "bench_server_scale", "bench_growth"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data sets (about a minute)")
    parser.add_argument("--json", metavar="PATH", help="write the figures as JSON to PATH")
    parser.add_argument("--only", nargs="+", choices=SUITES, help="run only these suites")
    args = parser.parse_args(argv)
    figures = []
    failed = []
    for name in args.only or SUITES:
        began = time.perf_counter()
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            figures.extend(module.run(args.quick))
        except Exception:  # one broken suite must not hide the others' figures
            traceback.print_exc()
            failed.append(name)
            continue
        print(f"  {name} took {time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
    width = max(len(f.name) for f in figures)
    print(f"{'figure':<{width}}  {'value':>12}  {'unit':<10}  {'budget':<10}  ok")
    for f in figures:
        ok = "" if f.ok is None else ("yes" if f.ok else "NO")
        print(f"{f.name:<{width}}  {f.value:>12.4g}  {f.unit:<10}  {f.budget:<10}  {ok}")
    if args.json:
        data = {}
        for f in figures:
            data[f.name] = {"value": f.value, "unit": f.unit}
            if f.ok is not None:
                data[f.name].update(budget=f.budget, ok=f.ok)
        Path(args.json).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if failed:
        print(f"suites that failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
