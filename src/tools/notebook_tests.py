"""Executes every notebook with the real kernel, then builds and checks the static site.

Run by `./course test` inside .venv. Chapters are notebooks/NN-*.ipynb; kernel checks are
src/test/notebooks/*.ipynb (run the same way, not published). Notebooks are stored without outputs:
a stored output or execution count fails the run, so diffs stay reviewable and the site is always
made from fresh runs.

Writes target/notebook-report.json and ends with the line `N passed, M failed`.
"""
import argparse
import json
import os
import shutil
import sys
import time
import traceback
from pathlib import Path

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import browser_check  # noqa: E402
import build_site  # noqa: E402
import course  # noqa: E402
import lab_check  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "target"
CHAPTERS = ROOT / "notebooks"
KERNEL_CHECKS = ROOT / "src" / "test" / "notebooks"
KERNEL_NAME = "java-dl"
CELL_TIMEOUT = 600  # a guard against hangs; notebooks are designed to finish in under 60 s
# In execute()'s env: JVM options added to the kernel's own (the variation test's jvm-sse-only).
EXTRA_JVM_OPTIONS = "JJAVA_JVM_OPTS_EXTRA"


def shown(path):
    """A path as the report shows it: relative to the project where it can be."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def stored_notebook_problems(nb):
    """What breaks the storage policy: outputs, execution counts, another kernel."""
    problems = []
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if kernel != KERNEL_NAME:
        problems.append(f"metadata names kernel '{kernel}', expected '{KERNEL_NAME}'")
    for i, cell in enumerate(nb.cells, start=1):
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count")):
            problems.append(f"cell {i} is stored with outputs; clear them (Edit → Clear Outputs of All"
                            " Cells) before committing")
            break
    return problems


def count_images(nb):
    return sum(1 for cell in nb.cells if cell.cell_type == "code" for out in cell.get("outputs", [])
               if any(k in out.get("data", {}) for k in ("image/png", "image/svg+xml")))


def failing_cell(nb):
    """(number, first source line, error) of the first cell with an error output."""
    for i, cell in enumerate(nb.cells, start=1):
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "error":
                first_line = next((l for l in cell.source.splitlines() if l.strip()), "")
                return i, first_line, f"{out.get('ename')}: {out.get('evalue')}"
    return None


def kernel_rss_mb(km):
    """Resident memory of the kernel's JVM in MB (JJava's launcher starts it as its child), or None."""
    try:
        launcher = km.provisioner.process.pid
        children = [p.name for p in Path("/proc").iterdir() if p.name.isdigit() and (p / "stat").exists()
                    and (p / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(launcher)]
        status = Path(f"/proc/{children[0] if children else launcher}/status").read_text()
        return round(int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmRSS:"))) / 1024)
    except (OSError, AttributeError, StopIteration, IndexError, ValueError):
        return None   # not Linux, or the kernel is gone


def running_cell(nb):
    """'cell N (first line)' for the last cell the kernel started, from nbclient's timing metadata."""
    last = None
    for i, cell in enumerate(nb.cells, start=1):
        if cell.cell_type == "code" and "iopub.execute_input" in cell.metadata.get("execution", {}):
            last = (i, next((l for l in cell.source.splitlines() if l.strip()), ""))
    return f"cell {last[0]} ('{last[1][:60]}')" if last else "its start-up"


def crash_report(directory, since):
    """What the JVM's crash report says (hs_err_pid*.log, written in the kernel's working directory,
    the notebook's folder): the frame it crashed in, and whether that is native code outside the JVM.
    The report is moved to target/crashes, out of the learner's folder."""
    reports = [f for f in directory.glob("hs_err_pid*.log") if f.stat().st_mtime >= since]
    if not reports:
        return {"what": "no JVM crash report (killed from outside, or out of memory?)", "native": False}
    crashes = TARGET / "crashes"
    crashes.mkdir(parents=True, exist_ok=True)
    try:
        report = Path(shutil.move(str(reports[0]), crashes / reports[0].name))
        text = report.read_text(errors="replace").splitlines()
    except OSError:  # another variant's run of this chapter, crashing at the same time, took the report
        return {"what": f"JVM crash; its report {reports[0].name} went with another run's", "native": False}
    frame = next((text[i + 1].lstrip("# ").strip() for i, l in enumerate(text) if "Problematic frame" in l), "")
    # "C  [libnd4jcpu.so+0x…]": a native library's code; "V  [libjvm.so…]" or "J …": the JVM's own.
    native = frame.startswith("C ") and "libjvm" not in frame
    return {"what": f"JVM crash in {frame or 'an unknown frame'}", "report": shown(report), "native": native}


def claim_environment(claim_log, strict=True):
    """What the kernel needs to check the chapter's claims: strict (a claim that does not hold fails
    its cell) or as a learner sees them (a note), and where to log each claim as a JSON line."""
    claim_log.parent.mkdir(parents=True, exist_ok=True)
    claim_log.unlink(missing_ok=True)
    return {"DLCOURSE_CLAIMS": "strict" if strict else "note", "DLCOURSE_CLAIM_LOG": str(claim_log)}


def read_claims(claim_log):
    """The claims a run logged, in the order the notebook made them."""
    if not claim_log.exists():
        return []
    return [json.loads(line) for line in claim_log.read_text().splitlines() if line.strip()]


def execute(path, out_dir, min_images=0, env=None, claim_log=None):
    """Runs one notebook top to bottom; returns its report entry.

    env: variables added to the kernel's environment (on top of this process's and under the
    kernelspec's own); claim_log: the file the kernel logs the chapter's claims to (its claims
    then go into the entry).

    A kernel that crashes in native code gets the notebook run once more, from a new kernel: ND4J
    1.0.0-M2.1 has rare crashes of that kind (a freed buffer read in libnd4jcpu) that no cell causes
    and that a rerun does not repeat. The crash is not hidden: the entry keeps it under "crashes",
    its report stays in target/crashes, and the test's summary lists it. A second crash fails."""
    entry = _execute_once(path, out_dir, min_images, env, claim_log)
    crash = entry.get("crash")
    if entry["status"] == "failed" and crash and crash.get("native"):
        print(f"  ⚠ {entry['notebook']}: {entry['error']}; running it once more", flush=True)
        if claim_log is not None:
            claim_log.unlink(missing_ok=True)
        first_seconds = entry["seconds"]
        entry = _execute_once(path, out_dir, min_images, env, claim_log)
        entry["crashes"] = [crash] + ([entry["crash"]] if entry.get("crash") else [])
        entry["seconds"] = round(entry["seconds"] + first_seconds, 1)
    elif crash:
        entry["crashes"] = [crash]
    entry.pop("crash", None)
    return entry


def _execute_once(path, out_dir, min_images, env, claim_log):
    entry = {"notebook": shown(path), "status": "failed", "seconds": 0.0,
             "cells": 0, "images": 0}
    nb = nbformat.read(path, as_version=4)
    entry["cells"] = sum(1 for c in nb.cells if c.cell_type == "code")
    problems = stored_notebook_problems(nb)
    if problems:
        entry["error"] = "; ".join(problems)
        return entry
    # The variables go into the kernelspec's own env, so they also replace what it sets itself
    # (the variation test overrides the kernel's OpenBLAS core type this way).
    # The async manager, as nbclient expects: with the blocking one, a kernel that dies mid-cell
    # (a native crash) leaves nbclient waiting on the output channel forever instead of raising
    # DeadKernelError.
    km = AsyncKernelManager(kernel_name=KERNEL_NAME)
    env = dict(env or {})
    extra_jvm_options = env.pop(EXTRA_JVM_OPTIONS, "").split()
    km.kernel_spec.env.update(env)
    if extra_jvm_options:
        km.kernel_spec.argv = course.with_jvm_options(km.kernel_spec.argv, add=extra_jvm_options)
    client = NotebookClient(nb, km=km, kernel_name=KERNEL_NAME, timeout=CELL_TIMEOUT, startup_timeout=180,
                            allow_errors=False, resources={"metadata": {"path": str(path.parent)}})
    client.owns_km = True  # so the client shuts the kernel down when the notebook is done
    # The kernel's largest memory after any cell: what a learner's machine must hold for this chapter.
    client.on_cell_executed = lambda **_: entry.update(
        kernel_rss_mb=max(filter(None, [entry.get("kernel_rss_mb"), kernel_rss_mb(km)]), default=None))
    started, started_at = time.monotonic(), time.time()
    try:
        client.execute()
        entry["status"] = "passed"
    except DeadKernelError:
        entry["crash"] = {"cell": running_cell(nb), **crash_report(path.parent, started_at)}
        entry["error"] = f"the kernel died in {entry['crash']['cell']}: {entry['crash']['what']}"
    except (CellExecutionError, CellTimeoutError) as e:
        where = failing_cell(nb)
        if where:
            entry["error"] = f"cell {where[0]} ('{where[1][:60]}') failed: {where[2]}"
        else:
            entry["error"] = f"{type(e).__name__}: {str(e).strip().splitlines()[-1] if str(e).strip() else ''}"
    except Exception as e:  # a kernel that cannot start, a broken file: report, don't crash the run
        entry["error"] = f"{type(e).__name__}: {e}"
    entry["seconds"] = round(time.monotonic() - started, 1)
    entry["images"] = count_images(nb)
    if claim_log is not None:
        entry["claims"] = read_claims(claim_log)
    min_images = nb.metadata.get("dlcourse", {}).get("min_images", min_images)
    if entry["status"] == "passed" and entry["images"] < min_images:
        entry["status"] = "failed"
        entry["error"] = f"expected at least {min_images} image output(s), got {entry['images']}"
    out_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_dir / path.name)
    return entry


# ---------------------------------------------------------------------------------------------
# Interrupt: the notebook's stop button must stop training, not just return the cell.

TRAINING_THREADS = ('Thread.getAllStackTraces().keySet().stream().filter(t -> Arrays.stream('
                    't.getStackTrace()).anyMatch(f -> f.getClassName().equals("dlcourse.train.Trainer")))'
                    '.count()')


def run_cell(kc, code, timeout=120):
    """Executes code; returns (status, text/plain of its result, error text)."""
    result, error = {}, []

    def on_output(msg):
        if msg["msg_type"] == "execute_result":
            result["text"] = msg["content"]["data"].get("text/plain", "")
        elif msg["msg_type"] == "error":
            error.append(f"{msg['content']['ename']}: {msg['content']['evalue']}")

    reply = kc.execute_interactive(code, timeout=timeout, output_hook=on_output)
    return reply["content"]["status"], result.get("text"), "; ".join(error)


def interrupt_check():
    from jupyter_client.manager import start_new_kernel

    entry = {"notebook": "kernel check: interrupt stops training", "status": "failed", "seconds": 0.0,
             "cells": 8, "images": 0}
    started = time.monotonic()
    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=180)
    try:
        status, _, err = run_cell(kc, "var data = SyntheticData.moons(400, 0.15, 1);\n"
                                      "var net = Mlp.classifier(2, 2, 16);")
        if status != "ok":
            raise AssertionError(f"setup cell failed: {err}")
        msg_id = kc.execute("Trainer.builder().epochs(1_000_000).live(false).build().fit(net, data);")
        time.sleep(4)
        problem = interrupt_and_wait(kc, km, msg_id)
        if problem:
            raise AssertionError(problem)
        time.sleep(1)
        status, threads, err = run_cell(kc, TRAINING_THREADS)
        if status != "ok" or threads != "0":
            raise AssertionError(f"after the interrupt {threads} training thread(s) still run {err}")
        status, rows, err = run_cell(kc, "net.output(data.getFeatures()).rows()")
        if status != "ok" or rows != "400":
            raise AssertionError(f"the network was not usable after the interrupt: {rows} {err}")
        # The cell never assigned a result; the history of that training is still there.
        status, latest, err = run_cell(kc, "History.latest().interrupted()")
        if status != "ok" or latest != "true":
            raise AssertionError(f"History.latest() did not keep the interrupted training: {latest} {err}")
        # A learner's own loop: plain net.fit calls, nothing that checks the interrupt flag.
        msg_id = kc.execute("for (int i = 0; i < 1_000_000; i++) net.fit(data);")
        time.sleep(3)
        problem = interrupt_and_wait(kc, km, msg_id)
        if problem:
            raise AssertionError("a plain fit loop: " + problem)
        time.sleep(1)
        _, before, _ = run_cell(kc, "net.getIterationCount()")
        time.sleep(2)
        status, after, err = run_cell(kc, "net.getIterationCount()")
        if status != "ok" or before != after:
            raise AssertionError(f"a plain fit loop kept training after the interrupt: {before} -> {after} steps {err}")
        entry["status"] = "passed"
    except AssertionError as e:
        entry["error"] = str(e)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    entry["seconds"] = round(time.monotonic() - started, 1)
    return entry


def interrupt_and_wait(kc, km, msg_id):
    """Interrupts the running cell and waits for its reply; returns what went wrong, or None."""
    km.interrupt_kernel()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        msg = kc.get_shell_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id:
            if msg["content"]["status"] == "ok":
                return "the training cell finished instead of being interrupted"
            return None
    return "the interrupted cell did not return within 30 s"


# ---------------------------------------------------------------------------------------------


def print_table(entries):
    width = max(len(e["notebook"]) for e in entries)
    print(f"\n{'notebook'.ljust(width)}  status   seconds  cells  images  claims  kernel MB")
    for e in entries:
        claims = str(len(e["claims"])) if "claims" in e else ""
        memory = str(e["kernel_rss_mb"]) if e.get("kernel_rss_mb") else ""
        print(f"{e['notebook'].ljust(width)}  {e['status']:<7}  {e['seconds']:>7.1f}  {e['cells']:>5}"
              f"  {e['images']:>6}  {claims:>6}  {memory:>9}")
        if e.get("error"):
            print(f"{'':{width}}  ↳ {e['error']}")
        for crash in e.get("crashes", []):
            print(f"{'':{width}}  ⚠ the kernel crashed in {crash['cell']}: {crash['what']}"
                  f" ({crash.get('report', 'no report')})")


def chosen_chapters(names):
    """The notebooks named on a command line: each a path, or a chapter's number such as 13."""
    chosen = []
    for name in names:
        path = Path(name)
        matches = [path] if path.exists() else sorted(CHAPTERS.glob(f"{name}-*.ipynb")) if name.isdigit() else []
        if len(matches) != 1:
            raise SystemExit(f"no chapter '{name}': give a notebook's path or a chapter's number,"
                             f" e.g. 13 or notebooks/13-attention.ipynb")
        chosen.append(matches[0].resolve())
    return chosen


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--maven", choices=["passed", "failed"],
                        help="how `mvn verify` ended; when it failed nothing that needs the library runs")
    parser.add_argument("--maven-seconds", type=float, default=0.0)
    parser.add_argument("--started-at", type=float, help="when the whole test command started (epoch s)")
    parser.add_argument("notebooks", nargs="*", help="run only these notebooks, by path or number (default: all)")
    args = parser.parse_args(argv)

    entries = []
    if args.maven:
        entries.append({"notebook": "mvn verify (JUnit 5)", "status": args.maven,
                        "seconds": args.maven_seconds, "cells": 0, "images": 0})
    if args.maven == "failed":
        entries[0]["error"] = "unit tests or the build failed (see the Maven output above); notebooks were not run"
    else:
        chosen = chosen_chapters(args.notebooks)
        chapters = chosen or sorted(CHAPTERS.glob("*.ipynb"))
        checks = [] if chosen else sorted(KERNEL_CHECKS.glob("*.ipynb"))
        executed = TARGET / "executed"
        if not chosen:
            # The site is built from this folder: a renamed or deleted chapter must not linger there.
            shutil.rmtree(executed, ignore_errors=True)
            shutil.rmtree(TARGET / "executed-checks", ignore_errors=True)
        for path in chapters:
            print(f"▶ {shown(path)}", flush=True)
            log = TARGET / "claims" / "default" / f"{path.stem}.jsonl"
            # Every chapter shows a picture; a claim its text makes that does not hold fails it.
            entries.append(execute(path, executed, min_images=1, env=claim_environment(log), claim_log=log))
        for path in checks:
            print(f"▶ {shown(path)}", flush=True)
            entries.append(execute(path, TARGET / "executed-checks"))
        if not chosen:
            print("▶ kernel check: interrupt", flush=True)
            entries.append(interrupt_check())
            entries.extend(site_and_browser(executed))

    (TARGET).mkdir(exist_ok=True)
    # "notebooks" holds the executed notebooks; "checks" the rest (JUnit, interrupt, site, browser).
    report = {"notebooks": [e for e in entries if e["notebook"].endswith(".ipynb")],
              "checks": [e for e in entries if not e["notebook"].endswith(".ipynb")]}
    (TARGET / "notebook-report.json").write_text(json.dumps(report, indent=2) + "\n")
    print_table(entries)
    passed = sum(e["status"] == "passed" for e in entries)
    print(f"\nReport: {(TARGET / 'notebook-report.json').relative_to(ROOT)}")
    if args.started_at:
        print(f"Test command took {time.time() - args.started_at:.0f} s")
    print(f"{passed} passed, {len(entries) - passed} failed")
    crashed = [e["notebook"] for e in entries if e.get("crashes")]
    if crashed:
        print(f"⚠ the kernel crashed while running {', '.join(crashed)}: see ⚠ above")
    return 0 if passed == len(entries) else 1


def site_and_browser(executed):
    """The static site from the executed chapters, then the offline browser check of it."""
    entries = []
    site_dir = TARGET / "site"
    started = time.monotonic()
    site = {"notebook": "static site (target/site)", "status": "failed", "seconds": 0.0, "cells": 0,
            "images": 0}
    try:
        built = build_site.build_site(executed, site_dir, TARGET / "npm")
        site["status"] = "passed"
        site["cells"] = len(built["pages"])
    except Exception as e:
        site["error"] = str(e) if isinstance(e, build_site.SiteError) else traceback.format_exc(limit=3)
    site["seconds"] = round(time.monotonic() - started, 1)
    entries.append(site)
    if site["status"] != "passed":
        return entries

    started = time.monotonic()
    check = {"notebook": "browser check (headless Chromium)", "status": "failed", "seconds": 0.0,
             "cells": 0, "images": 0}
    try:
        pages = browser_check.check_site(site_dir, TARGET / "screenshots")
        check["cells"] = len(pages)
        check["images"] = sum(p["images"] for p in pages)
        bad = [p for p in pages if not p["ok"]]
        check["exercises"] = sum(p["exercises"] for p in pages)
        check["revealed"] = sum(p["revealed"] for p in pages)
        if check["exercises"] == 0:
            check["error"] = "no exercise box on any page: their hints and solutions cannot be revealed"
        elif bad:
            check["error"] = "; ".join(f"{p['page']}: {' | '.join(browser_check.problems(p))}" for p in bad)
        else:
            check["status"] = "passed"
    except Exception as e:
        check["error"] = str(e)
    check["seconds"] = round(time.monotonic() - started, 1)
    entries.append(check)

    started = time.monotonic()
    lab = {"notebook": "JupyterLab check (00 opened and run in headless Chromium)", "status": "failed",
           "seconds": 0.0, "cells": 1, "images": 0}
    try:
        problems, timeline = lab_check.check_lab("00-welcome.ipynb", TARGET / "screenshots" / "lab.png")
        lab["status"] = "failed" if problems else "passed"
        if problems:
            lab["error"] = "; ".join(problems)
        print(f"  JupyterLab status bar: {', '.join(f'{t} s {s}' for t, s in timeline if s)}")
    except Exception as e:
        lab["error"] = str(e)
    lab["seconds"] = round(time.monotonic() - started, 1)
    entries.append(lab)
    return entries


if __name__ == "__main__":
    sys.exit(main())
