"""The variation test: every chapter again under the arithmetic and seeds of other learners' machines.

Run by `./course variants` inside .venv, after `./course test` has built the library. A chapter's
text must describe what its cells compute on any learner's machine, but the last bits of a result
depend on the processor: OpenBLAS and oneDNN pick their kernels for each CPU model, and chaotic
training (GANs, long runs, small data) turns those bits into different outcomes. This runs every
chapter once per variant:

  cpu-avx512, cpu-avx, cpu-sse4               another CPU's arithmetic: OpenBLAS's kernel for it
                                              (SkylakeX, Sandybridge, Nehalem) and oneDNN held to its
                                              instruction set (AVX-512, AVX, SSE 4.1), besides the
                                              kernel's own (Haswell, AVX2): different products of the
                                              same matrices, as other machines compute them
  seed-offset-1, seed-offset-2                DLCOURSE_SEED_OFFSET moves every seed the library and the
                                              notebooks use (data, splits, weights, shuffles, noise)

Claims are logged, not fatal, so one that fails does not hide the ones after it; a run passes when
the notebook runs without an error and every claim of the chapter holds. Chapters run two at a time
(one kernel each; the kernels use one OpenMP thread). Writes target/robustness-report.json: for every
claim its value in each variant, min, max and the smallest margin to its bound, and ends with the
line `N passed, M failed` (one per chapter and variant).
"""
import argparse
import json
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import course  # noqa: E402
import notebook_tests  # noqa: E402

ROOT = notebook_tests.ROOT
TARGET = ROOT / "target"
REPORT = TARGET / "robustness-report.json"

# name → (extra kernel environment, CPU flags the variant needs). The kernel itself runs OpenBLAS's
# Haswell kernel and oneDNN's AVX2 kernels on AVX2 machines (course.py, PINNED_CPU_KERNELS): `./course
# test` covers those.
VARIANTS = {
    # Another CPU's arithmetic in both native libraries: OpenBLAS's kernel for that CPU, and oneDNN (which
    # computes convolutions, matrix products and activation gradients in ND4J's -onednn build) held to
    # the same instruction set.
    "cpu-avx512": ({"OPENBLAS_CORETYPE": "SkylakeX", "DNNL_MAX_CPU_ISA": "AVX512_CORE"},
                   {"avx512f", "avx512bw", "avx512vl", "avx512dq"}),
    "cpu-avx": ({"OPENBLAS_CORETYPE": "Sandybridge", "DNNL_MAX_CPU_ISA": "AVX"}, {"avx"}),
    "cpu-sse4": ({"OPENBLAS_CORETYPE": "Nehalem", "DNNL_MAX_CPU_ISA": "SSE41"}, {"sse4_2"}),
    "seed-offset-1": ({"DLCOURSE_SEED_OFFSET": "1"}, set()),
    "seed-offset-2": ({"DLCOURSE_SEED_OFFSET": "2"}, set()),
}
# Not run by default; for measuring what the kernel's pin changes (README, "Same numbers on every
# machine"): OpenBLAS's own choice for this CPU (an unknown core name makes it detect the CPU), and the
# pinned kernel with the JVM's own SIMD code limited to SSE, as on an older or another CPU.
MEASUREMENTS = {
    "openblas-unpinned": ({"OPENBLAS_CORETYPE": "detect"}, set()),
    "jvm-sse-only": ({"JJAVA_JVM_OPTS_EXTRA": "-XX:UseAVX=0"}, set()),
    # The kernel as `./course test` runs it: with --env JJAVA_CLASSPATH=... and --compare, another
    # build of the library or of ND4J against the same run.
    "as-tested": ({}, set()),
    # Every oneDNN primitive the kernel runs, printed to the worker's output (which chapters use it).
    "onednn-verbose": ({"DNNL_VERBOSE": "1"}, set()),
}
# The chapters that take longest start first, so two workers finish close together.
SLOW_FIRST = ["13", "14", "12", "11", "10", "08", "09", "06", "05", "07"]


def kernel_env(env):
    """A variant's variables for the kernel (JJAVA_JVM_OPTS_EXTRA: notebook_tests adds its JVM options)."""
    return dict(env)


def run_one(job):
    """Worker: one chapter under one variant (a separate process, so kernels never share a client)."""
    variant, env, path = job
    log = TARGET / "claims" / variant / f"{Path(path).stem}.jsonl"
    entry = notebook_tests.execute(Path(path), TARGET / "executed-variants" / variant, min_images=1,
                                   env={**env, **notebook_tests.claim_environment(log, strict=False)},
                                   claim_log=log)
    entry["variant"] = variant
    return entry


def outputs(path):
    """Every code cell's outputs as comparable text (PNG bytes included), cell by cell."""
    import nbformat
    nb = nbformat.read(path, as_version=4)
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        parts = []
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stdout":
                parts.append(out.get("text", ""))
            for kind in ("text/plain", "text/html", "image/png"):
                if kind in out.get("data", {}):
                    parts.append(str(out["data"][kind]))
            if out.get("output_type") == "error":
                parts.append(out.get("ename", "") + str(out.get("evalue", "")))
        cells.append("\n".join(parts))
    return cells


def compare_with_default(entries):
    """For each run: how many code cells print exactly what `./course test` printed (target/executed)."""
    rows = {}
    for e in entries:
        mine = TARGET / "executed-variants" / e["variant"] / Path(e["notebook"]).name
        default = TARGET / "executed" / Path(e["notebook"]).name
        if not (mine.exists() and default.exists()):
            continue
        a, b = outputs(default), outputs(mine)
        same = sum(x == y for x, y in zip(a, b))
        rows.setdefault(e["variant"], {})[Path(e["notebook"]).stem] = {"identical_cells": same, "cells": len(a)}
    for variant, chapters in rows.items():
        same = sum(c["identical_cells"] for c in chapters.values())
        total = sum(c["cells"] for c in chapters.values())
        differing = [f"{k} ({v['cells'] - v['identical_cells']})" for k, v in chapters.items()
                     if v["identical_cells"] != v["cells"]]
        print(f"  {variant}: {same} of {total} code cells print exactly what ./course test printed;"
              f" differing: {', '.join(differing) or 'none'}")
    return rows


def claim_key(claims):
    """(claim, n-th time this text appears in the chapter) for each claim, so repeats stay apart."""
    seen, keys = {}, []
    for c in claims:
        seen[c["claim"]] = seen.get(c["claim"], 0) + 1
        keys.append((c["claim"], seen[c["claim"]]))
    return keys


def relative(margin, claim):
    """The margin as a fraction of the bound's size (of the interval for 'between')."""
    if margin is None:
        return None
    if claim["kind"] == "between":
        scale = claim["high"] - claim["low"]
    else:
        scale = abs(claim["low"] if claim["kind"] == "at least" else claim["high"])
    return margin / scale if scale else None


def build_report(entries, variants, default_entries, known):
    """Per chapter: each run's status and time, and every claim across the variants."""
    columns = (["default"] if default_entries else []) + list(variants)
    runs = {(e["variant"], Path(e["notebook"]).stem): e for e in entries}
    for e in default_entries:
        runs[("default", Path(e["notebook"]).stem)] = e
    chapters = {}
    for chapter in sorted({stem for _, stem in runs}):
        claims = {}
        for variant in columns:
            run = runs.get((variant, chapter))
            if run is None:
                continue
            for key, c in zip(claim_key(run.get("claims", [])), run.get("claims", [])):
                row = claims.setdefault(key, {"claim": key[0], "kind": c["kind"], "low": c["low"],
                                              "high": c["high"], "values": {}, "holds": {}})
                row["values"][variant] = c["value"]
                row["holds"][variant] = c["holds"]
                margin = c["margin"]
                if margin is not None and (row.get("smallest_margin") is None or margin < row["smallest_margin"]):
                    row["smallest_margin"] = margin
                    row["smallest_margin_variant"] = variant
        for row in claims.values():
            values = [v for v in row["values"].values() if v is not None]
            row["min"] = min(values) if values else None
            row["max"] = max(values) if values else None
            row["smallest_relative_margin"] = relative(row.get("smallest_margin"), row)
            row["missing_in"] = [v for v in columns if (v, chapter) in runs and v not in row["values"]]
            row["holds_everywhere"] = all(row["holds"].values()) and not row["missing_in"]
        chapter_runs = {}
        for variant in columns:
            run = runs.get((variant, chapter))
            if run is None:
                continue
            failed_claims = [row["claim"] for row in claims.values()
                             if row["holds"].get(variant) is False or variant in row["missing_in"]]
            ok = run["status"] == "passed" and not failed_claims
            chapter_runs[variant] = {"status": "passed" if ok else "failed", "seconds": run["seconds"],
                                     **({"error": run["error"]} if run.get("error") else {}),
                                     **({"crashes": run["crashes"]} if run.get("crashes") else {}),
                                     **({"claims_not_holding": failed_claims} if failed_claims else {})}
        chapters[chapter] = {"runs": chapter_runs, "claims": list(claims.values())}
    return {"variants": {name: known[name][0] for name in variants}, "columns": columns,
            "chapters": chapters}


def print_summary(report):
    columns = report["columns"]
    print("\nchapter" + "".join(f"  {c[:20]:>20}" for c in columns) + "  claims  smallest margin")
    for chapter, data in report["chapters"].items():
        cells = []
        for c in columns:
            run = data["runs"].get(c)
            cells.append("" if run is None else f"{run['status']} {run['seconds']:.0f}s")
        margins = [(row["smallest_relative_margin"], row["claim"]) for row in data["claims"]
                   if row.get("smallest_relative_margin") is not None]
        smallest = min(margins) if margins else None
        tight = f"{smallest[0]:+.0%} ({smallest[1][:40]})" if smallest else "-"
        print(f"{chapter[:20]:<20}" + "".join(f"  {x:>20}" for x in cells) + f"  {len(data['claims']):>6}  {tight}")
        for c in columns:
            run = data["runs"].get(c, {})
            if run.get("error"):
                print(f"    ↳ {c}: {run['error'][:300]}")
            for crash in run.get("crashes", []):
                print(f"    ⚠ {c}: the kernel crashed in {crash['cell']}: {crash['what']} ({crash.get('report', '')})")
            for claim in run.get("claims_not_holding", []):
                row = next(r for r in data["claims"] if r["claim"] == claim)
                print(f"    ↳ {c}: claim not holding: {claim} = {row['values'].get(c)}"
                      f" ({row['kind']} {row['low'] if row['kind'] != 'at most' else row['high']})")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", action="append", choices=list(VARIANTS) + list(MEASUREMENTS),
                        help="run only these variants (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="kernels at a time (default 2)")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="an extra kernel variable for every variant (e.g. JJAVA_CLASSPATH of another build)")
    parser.add_argument("--compare", action="store_true",
                        help="also compare every cell's output with ./course test's run (target/executed)")
    parser.add_argument("--report", type=Path, default=REPORT, help="where to write the report")
    parser.add_argument("notebooks", nargs="*", help="run only these chapters, by path or number (default: all)")
    args = parser.parse_args(argv)

    started = time.time()
    flags = course.cpu_flags()
    variants, skipped = [], []
    known = {**VARIANTS, **MEASUREMENTS}
    for name in args.variant or list(VARIANTS):
        if known[name][1] <= flags:
            variants.append(name)
        else:
            skipped.append(f"{name} (this CPU lacks {', '.join(sorted(known[name][1] - flags))})")
    chapters = notebook_tests.chosen_chapters(args.notebooks) or sorted(notebook_tests.CHAPTERS.glob("*.ipynb"))
    order = {num: i for i, num in enumerate(SLOW_FIRST)}
    chapters.sort(key=lambda p: order.get(p.name[:2], len(order)))
    extra = dict(item.split("=", 1) for item in args.env)
    jobs = [(v, {**extra, **kernel_env(known[v][0])}, str(p)) for p in chapters for v in variants]
    print(f"▶ {len(chapters)} chapter(s) × {len(variants)} variant(s): {', '.join(variants)}", flush=True)
    if skipped:
        print("  not run here: " + "; ".join(skipped), flush=True)

    entries = []
    with ProcessPoolExecutor(max_workers=args.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for entry in pool.map(run_one, jobs):
            print(f"  {entry['status']:<7} {entry['seconds']:>5.1f} s  {entry['variant']:<20} {entry['notebook']}"
                  f"  ({len(entry.get('claims', []))} claims)", flush=True)
            entries.append(entry)

    default_entries = []
    default_report = TARGET / "notebook-report.json"
    if not args.notebooks and default_report.exists():
        # The plain `./course test` run (this CPU's own kernel, seeds as written) is the first column.
        default_entries = [e for e in json.loads(default_report.read_text())["notebooks"]
                           if e["notebook"].startswith("notebooks/") and "claims" in e]
    report = build_report(entries, variants, default_entries, known)
    report["cpu"] = course.cpuinfo("model name") or os.uname().machine
    report["not_run"] = skipped
    report["seconds"] = round(time.time() - started)
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(report, indent=2) + "\n")
    print_summary(report)
    if args.compare:
        print("\nOutputs against ./course test's run:")
        report["identical_outputs"] = compare_with_default(entries)
        args.report.write_text(json.dumps(report, indent=2) + "\n")
    runs = [r for data in report["chapters"].values() for v, r in data["runs"].items() if v != "default"]
    passed = sum(r["status"] == "passed" for r in runs)
    print(f"\nReport: {args.report}  ({report['seconds']} s)")
    print(f"{passed} passed, {len(runs) - passed} failed")
    crashed = sum(len(r.get("crashes", [])) for r in runs)
    if crashed:
        print(f"⚠ {crashed} kernel crash(es): see ⚠ above")
    return 0 if passed == len(runs) and runs else 1


if __name__ == "__main__":
    sys.exit(main())
