"""Measures the course: what `./course bench` runs (inside .venv, after `./course setup`).

Writes bench/results.md (tables) and bench/results.json (every run), and bench/cost-growth.png.
Each figure is the median of --runs runs (default 5) after a warm-up run:

  kernel    a new "Java (Deep Learning)" kernel process until the first output of a cell that uses
            ND4J (cold), and the same cell again in that kernel (warm)
  notebooks each chapter executed as `./course test` executes it (notebook_tests.execute), and the sum
  overhead  the same MLP and CNN training through the library (Mlp/Cnn + Trainer.fit) and in raw DL4J
  peer      raw DL4J and PyTorch (bench/.venv-torch) side by side: same data, networks, batch size,
            epochs, threads, float32; samples/s and the ratio, for the old and the new native setup
  growth    MLP samples/s as batch size and width grow, both frameworks (the plot)

Java and Python each run as one long-lived process per setup (TrainingServer, bench_torch.py) that
answers timing requests, so requests alternate DL4J, PyTorch, DL4J, ... and a burst of load from
other programs hits both sides alike; the ratios are medians of those pairs.
`--explore` instead measures the native builds and thread counts (bench/explore.md, .json).
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import course  # noqa: E402

ROOT = course.ROOT
BENCH = ROOT / "bench"
TORCH_VENV = BENCH / ".venv-torch"
TORCH_REQUIREMENTS = BENCH / "requirements-torch.txt"
BENCH_CLASSES = course.TARGET / "bench-classes"
BENCH_LIB = course.TARGET / "bench-lib"
LOGS = course.TARGET / "bench-logs"
JAVA_SOURCES = ROOT / "src" / "bench" / "java"
FASHION_MNIST = [ROOT / "data" / "fashion-mnist", Path("/usr/share/datasets/fashion-mnist")]

# The ND4J native builds for linux-x86_64 that Maven Central has for DL4J 1.0.0-M2.1, by platform extension.
# The onednn builds link oneDNN statically; all need the same openblas and javacpp jars.
NATIVE_EXTENSIONS = ["", "-avx2", "-avx512", "-onednn", "-onednn-avx2", "-onednn-avx512"]
CPU_FLAGS_NEEDED = {"avx2": {"avx2"}, "avx512": {"avx512f", "avx512bw", "avx512vl", "avx512dq"}}

ND4J_CELL = "Nd4j.create(new float[] {1, 2, 3, 4}).sumNumber()"


def say(message):
    print(message, flush=True)


# ---------------------------------------------------------------------------------------------
# Environment: the PyTorch venv, the benchmark classes, the native builds


def ensure_torch_venv():
    """bench/.venv-torch with the pinned PyTorch from PyPI; skipped when the pins did not change."""
    python = TORCH_VENV / "bin" / "python"
    pins = TORCH_REQUIREMENTS.read_text()
    stamp = TORCH_VENV / ".requirements"
    if python.exists() and stamp.exists() and stamp.read_text() == pins:
        say("✓ PyTorch environment is up to date (bench/.venv-torch)")
        return python
    say("• Creating bench/.venv-torch (PyTorch from PyPI with its nvidia-* wheels: several GB, once)")
    shutil.rmtree(TORCH_VENV, ignore_errors=True)
    course.run([sys.executable, "-m", "venv", TORCH_VENV])
    course.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r",
                TORCH_REQUIREMENTS])
    stamp.write_text(pins)
    return python


def compile_benchmark():
    """javac of src/bench/java against the kernel's classpath; not part of `mvn verify`."""
    sources = sorted(JAVA_SOURCES.rglob("*.java"))
    marker = BENCH_CLASSES / ".compiled"
    newest = max(p.stat().st_mtime for p in [*sources, course.LIBRARY_JAR])
    if marker.exists() and marker.stat().st_mtime >= newest:
        return
    shutil.rmtree(BENCH_CLASSES, ignore_errors=True)
    BENCH_CLASSES.mkdir(parents=True)
    course.run(["javac", "-d", BENCH_CLASSES, "-cp", f"{course.KERNEL_LIB}/*", *sources])
    marker.touch()


def fetch_native_builds(extensions):
    """The nd4j-native jars of the other native builds into target/bench-lib (Maven's cache first)."""
    BENCH_LIB.mkdir(parents=True, exist_ok=True)
    # The version pom.xml chose, read off the jar `mvn package` copied, so the two cannot drift apart.
    version = next(course.KERNEL_LIB.glob("nd4j-api-*.jar")).name[len("nd4j-api-"):-len(".jar")]
    for extension in extensions:
        name = f"nd4j-native-{version}-linux-x86_64{extension}.jar"
        # The kernel ships one build (pom.xml: -onednn on Linux x86-64); every other one, the generic
        # build included, is fetched here.
        if (BENCH_LIB / name).exists() or (course.KERNEL_LIB / name).exists():
            continue
        course.run(["mvn", "-B", "-q", "-ntp", "dependency:copy",
                    f"-Dartifact=org.nd4j:nd4j-native:{version}:jar:linux-x86_64{extension}",
                    f"-DoutputDirectory={BENCH_LIB}"], cwd=ROOT)


def runnable(extension):
    flags = course.cpu_flags()
    return all(CPU_FLAGS_NEEDED[level] <= flags for level in CPU_FLAGS_NEEDED if extension.endswith(level))


def machine():
    cpu = course.cpuinfo("model name") or platform.processor()
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    flags = course.cpu_flags()
    return {"cores": os.cpu_count(), "cpu": cpu, "java": java[0] + (f" ({java[1]})" if len(java) > 1 else ""),
            "simd": [f for f in ("avx2", "avx512f", "avx512_vnni", "amx_tile") if f in flags],
            "os": platform.platform(), "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


def load_average():
    return [round(x, 2) for x in os.getloadavg()]


# ---------------------------------------------------------------------------------------------
# The two training servers


class Server:
    """A TrainingServer or bench_torch.py process; request() sends one line and returns its JSON answer."""

    def __init__(self, name, cmd, env):
        LOGS.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.log = open(LOGS / f"{name}.log", "w")
        self.process = subprocess.Popen([str(c) for c in cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self.log, text=True, env={**os.environ, **env}, cwd=ROOT)
        self.answer()  # {"ready": true} once the data are loaded

    def answer(self):
        for line in self.process.stdout:
            if line.startswith("{"):
                result = json.loads(line)
                if "error" in result:
                    raise RuntimeError(f"{self.name}: {result['error']} (log: {LOGS / (self.name + '.log')})")
                return result
        raise RuntimeError(f"{self.name} ended early; see {LOGS / (self.name + '.log')}")

    def request(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.answer()

    def close(self):
        try:
            self.process.stdin.write("quit\n")
            self.process.stdin.close()
            self.process.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
        self.log.close()


def thread_env(threads, extra=None):
    return {"OMP_NUM_THREADS": str(threads), "MKL_NUM_THREADS": str(threads), **(extra or {})}


def java_server(setup, examples):
    extension = setup["extension"]
    cp = os.pathsep.join([str(BENCH_CLASSES), f"{course.KERNEL_LIB}/*", f"{BENCH_LIB}/*"])
    cmd = ["java", *course.KERNEL_JVM_OPTS, f"-Dorg.bytedeco.javacpp.platform.extension={extension}",
           "-cp", cp, "dlcourse.bench.TrainingServer", examples]
    return Server(f"dl4j-{setup['name']}", cmd, thread_env(setup["threads"], setup.get("env")))


def torch_server(python, threads, examples, data_dir):
    return Server(f"pytorch-{threads}t", [python, ROOT / "src" / "tools" / "bench_torch.py", data_dir, examples,
                                          threads], thread_env(threads))


def data_directory():
    for directory in FASHION_MNIST:
        if (directory / "train-images-idx3-ubyte.gz").exists():
            return directory
    raise course.SetupError("Fashion-MNIST was not found in data/fashion-mnist/ or"
                            " /usr/share/datasets/fashion-mnist/; install Debian's dataset-fashion-mnist.")


def median(values):
    return statistics.median(values) if values else None


def measure_pairs(servers, requests, runs, after_run=None):
    """Sends each request's line to its servers, alternating servers, a warm-up round first.

    requests maps a key to {server name: line}; returns {key: {server name: [answer per run]}}.
    after_run(run, results) is called after each measured round (progress output).
    """
    results = {key: {name: [] for name in lines} for key, lines in requests.items()}
    for lines in requests.values():
        for name, line in lines.items():
            servers[name].request(line)  # warm-up: JIT, workspaces, oneDNN primitives
    for run in range(runs):
        for key, lines in requests.items():
            for name, line in lines.items():
                results[key][name].append(servers[name].request(line))
        if after_run:
            after_run(run, results)
    return results


def summary(answers):
    rates = [a["samples_per_s"] for a in answers]
    return {"samples_per_s": round(median(rates), 1), "runs": [round(r, 1) for r in rates],
            "seconds": round(median([a["seconds"] for a in answers]), 3), "loss": answers[-1]["loss"]}


def paired_ratio(slow_answers, fast_answers):
    """Median over runs of time(slow) / time(fast) for the same request."""
    return round(median([s["seconds"] / f["seconds"] for s, f in zip(slow_answers, fast_answers)]), 3)


# ---------------------------------------------------------------------------------------------
# The measurements


def measure_kernel(runs):
    from jupyter_client.manager import start_new_kernel

    def first_output(kc):
        started = time.monotonic()
        seen = {}
        kc.execute_interactive(ND4J_CELL, timeout=300, output_hook=lambda msg: seen.setdefault(
            "t", time.monotonic()) if msg["msg_type"] in ("execute_result", "stream", "display_data") else None)
        return seen.get("t", time.monotonic()) - started

    cold, warm, ready = [], [], []
    for run in range(runs + 1):  # the first start is the warm-up (page cache, JIT caches)
        started = time.monotonic()
        km, kc = start_new_kernel(kernel_name=course.KERNEL_NAME, startup_timeout=300)
        kernel_ready = time.monotonic() - started
        try:
            first = first_output(kc)
            again = first_output(kc)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
        if run > 0:
            ready.append(kernel_ready)
            cold.append(kernel_ready + first)
            warm.append(again)
        say(f"  kernel start {run}: ready {kernel_ready:.1f} s, first output {kernel_ready + first:.1f} s,"
            f" again {again:.3f} s")
    return {"cold_seconds": round(median(cold), 2), "ready_seconds": round(median(ready), 2),
            "warm_seconds": round(median(warm), 3), "cold_runs": [round(x, 2) for x in cold],
            "warm_runs": [round(x, 3) for x in warm]}


def measure_notebooks(runs, quick):
    import notebook_tests

    chapters = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if quick:
        chapters = chapters[:1]
    out = course.TARGET / "bench-executed"
    times = {notebook_tests.shown(p): [] for p in chapters}
    memory = {name: [] for name in times}   # the kernel's largest resident memory, MB
    for run in range(runs):
        for path in chapters:
            entry = notebook_tests.execute(path, out)
            if entry["status"] != "passed":
                raise RuntimeError(f"{entry['notebook']} failed: {entry.get('error')}")
            times[entry["notebook"]].append(entry["seconds"])
            if entry.get("kernel_rss_mb"):
                memory[entry["notebook"]].append(entry["kernel_rss_mb"])
            say(f"  {entry['notebook']} run {run + 1}: {entry['seconds']:.1f} s")
    per_notebook = {name: {"seconds": round(median(ts), 1), "runs": ts,
                           "kernel_mb": max(memory[name], default=None)} for name, ts in times.items()}
    totals = [sum(ts[i] for ts in times.values()) for i in range(runs)]
    return {"notebooks": per_notebook, "total_seconds": round(median(totals), 1), "total_runs": totals}


def measure_training(setups, torch_python, sizes, runs, data_dir):
    """Overhead (library/raw) and peer (DL4J/PyTorch) for each setup, interleaved."""
    results = {}
    torch_servers = {}
    for setup in setups:
        library = setup.get("library", False)
        raw = {
            "mlp": f"train mlp raw batch={sizes['batch']} epochs={sizes['epochs']} examples={sizes['mlp_examples']}",
            "cnn": f"train cnn raw batch={sizes['batch']} epochs={sizes['epochs']} examples={sizes['cnn_examples']}"
                   f" cache={setup.get('cnn_cache', 'none')} onednn={setup.get('onednn_helper', 'off')}",
        }
        # Each raw DL4J run next to its PyTorch run; the library's run (its own cache setting) after them.
        requests = {key: {"dl4j": line, "pytorch": line} for key, line in raw.items()}
        if library:
            requests.update({f"{key}-library": {"dl4j": re.sub(r" (cache|onednn)=\w+", "", line.replace(" raw ", " library "))}
                             for key, line in raw.items()})
            # The raw loop with the library's JavaAdam: the same arithmetic as the library's run, so
            # library/raw is the cost of the library's loop alone.
            requests.update({f"{key}-raw-java-adam": {"dl4j": line + " adam=java"} for key, line in raw.items()})
        threads = setup["threads"]
        if threads not in torch_servers:
            torch_servers[threads] = torch_server(torch_python, threads, str(sizes["examples"]), data_dir)
        say(f"• Training, DL4J {setup['name']} ({setup['description']}) against PyTorch, {threads} thread(s);"
            f" load {load_average()}")
        dl4j = java_server(setup, str(sizes["examples"]))

        def progress(run, answers):
            say(f"  run {run + 1}: " + ", ".join(
                f"{k} DL4J {answers[k]['dl4j'][-1]['samples_per_s']:.0f}/s,"
                f" PyTorch {answers[k]['pytorch'][-1]['samples_per_s']:.0f}/s" for k in raw))

        try:
            setup_info = dl4j.request("info")
            answers = measure_pairs({"dl4j": dl4j, "pytorch": torch_servers[threads]}, requests, runs, progress)
            overhead = {key: measure_overhead(dl4j, requests[f"{key}-library"]["dl4j"],
                                              requests[f"{key}-raw-java-adam"]["dl4j"], sizes["overhead_pairs"])
                        for key in raw} if library else {}
        finally:
            dl4j.close()
        entry = {"setup": setup, "java_info": setup_info, "load_average": load_average(), "models": {}}
        for key, line in raw.items():
            dl4j_answers, torch_answers = answers[key]["dl4j"], answers[key]["pytorch"]
            entry["models"][key] = {
                "request": line,
                "dl4j_raw": summary(dl4j_answers),
                "pytorch": summary(torch_answers),
                "dl4j_over_pytorch_speed": round(1 / paired_ratio(dl4j_answers, torch_answers), 4),
            }
            if library:
                library_answers = answers[f"{key}-library"]["dl4j"]
                java_adam_answers = answers[f"{key}-raw-java-adam"]["dl4j"]
                entry["models"][key].update({
                    "library": summary(library_answers),
                    "dl4j_raw_java_adam": summary(java_adam_answers),
                    "java_adam_over_dl4j_adam_speed": round(1 / paired_ratio(java_adam_answers, dl4j_answers), 4),
                    "library_over_raw_time": overhead[key]["time"],
                    "library_over_raw_thread_cpu": overhead[key]["thread_cpu"],
                    "library_over_raw_pairs": overhead[key]["pairs"],
                    "library_over_raw_dl4j_adam_time": paired_ratio(library_answers, dl4j_answers),
                    "library_over_pytorch_speed": round(1 / paired_ratio(library_answers, torch_answers), 4)})
        results[setup["name"]] = entry
    for server in torch_servers.values():
        server.close()
    return results


def measure_overhead(server, library_line, raw_line, pairs):
    """library / raw (JavaAdam, the same arithmetic) in one JVM: the median over `pairs` pairs of runs.

    A one-epoch run takes 0.4 s and a garbage collection up to 0.3 s more, so a pair's ratio mostly
    says which run a collection landed in; the order alternates (ABBA) so that neither side always
    runs right after the other's garbage, and there are enough pairs for the median to be the typical
    pair. Thread CPU time leaves out the collections' pauses (an independent check of the same ratio).
    """
    server.request(library_line)
    server.request(raw_line)
    times, cpu = [], []
    for pair in range(pairs):
        if pair % 2 == 0:
            library, raw = server.request(library_line), server.request(raw_line)
        else:
            raw, library = server.request(raw_line), server.request(library_line)
        times.append(library["seconds"] / raw["seconds"])
        cpu.append(library["cpu_seconds"] / raw["cpu_seconds"])
    say(f"  library / raw over {pairs} pairs ({library_line.split()[1]}): time {median(times):.3f},"
        f" thread CPU {median(cpu):.3f}")
    return {"time": round(median(times), 3), "thread_cpu": round(median(cpu), 3), "pairs": pairs,
            "time_runs": [round(r, 3) for r in times]}


def measure_growth(setup, torch_python, sizes, runs, data_dir):
    """MLP samples/s as batch size grows (width 256) and as width grows (batch 64), both frameworks."""
    threads = setup["threads"]
    servers = {"dl4j": java_server(setup, str(sizes["examples"])),
               "pytorch": torch_server(torch_python, threads, str(sizes["examples"]), data_dir)}
    say(f"• Cost growth (MLP), DL4J {setup['name']} and PyTorch; load {load_average()}")
    try:
        lines = {}
        for batch in sizes["growth_batches"]:
            lines[("batch", batch)] = f"train mlp raw batch={batch} epochs=1 examples={sizes['mlp_examples']} width=256"
        for width in sizes["growth_widths"]:
            lines[("width", width)] = f"train mlp raw batch=64 epochs=1 examples={sizes['mlp_examples']} width={width}"
        results = measure_pairs(servers, {key: {name: line for name in servers} for key, line in lines.items()}, runs)
    finally:
        for server in servers.values():
            server.close()
    growth = {"threads": threads, "batch": [], "width": []}
    for (kind, value), by_server in results.items():
        growth[kind].append({kind: value, **{name: summary(a)["samples_per_s"] for name, a in by_server.items()},
                             "parameters": by_server["dl4j"][0]["parameters"]})
    return growth


def measure_long_adam(setup, sizes, runs):
    """Seconds per epoch over a long raw MLP run, with DL4J's Adam and with JavaAdam (the subnormal trap)."""
    server = java_server(setup, str(sizes["long_examples"]))
    say(f"• A long Adam run ({sizes['long_epochs']} epochs), DL4J's Adam and JavaAdam; load {load_average()}")
    line = f"train mlp raw batch=64 epochs={sizes['long_epochs']} examples={sizes['long_examples']} width=256"
    try:
        answers = measure_pairs({"dl4j": server}, {name: {"dl4j": f"{line} adam={name}"} for name in ("dl4j", "java")},
                                runs)
    finally:
        server.close()
    result = {"examples": sizes["long_examples"], "epochs": sizes["long_epochs"], "runs": {}}
    for name, label in (("dl4j", "DL4J's Adam"), ("java", "JavaAdam")):
        early = median([median(a["epoch_seconds"][1:6]) for a in answers[name]["dl4j"]])
        late = median([median(a["epoch_seconds"][-5:]) for a in answers[name]["dl4j"]])
        result["runs"][label] = {"early_seconds": round(early, 3), "late_seconds": round(late, 3),
                                 "late_over_early": round(late / early, 2), "loss": answers[name]["dl4j"][-1]["loss"],
                                 "epoch_seconds": [a["epoch_seconds"] for a in answers[name]["dl4j"]]}
        say(f"  {label}: {early:.3f} s/epoch early, {late:.3f} late ({late / early:.2f}×)")
    return result


def plot_growth(torch_python, results_json, path):
    course.run([torch_python, ROOT / "src" / "tools" / "bench_plot.py", results_json, path])


# ---------------------------------------------------------------------------------------------
# Setups and the report


# Under the report's tables: how to read them, and what the numbers do not show.
NOTES = [
    "- `before` is what the course shipped when the benchmark was written; `after` is what it ships now:"
    " ND4J's portable `-onednn` build, one OpenMP thread, the kernel's pinned OpenBLAS and oneDNN kernels,"
    " oneDNN's convolution helper attached (`OneDnn.useFor`), and `JavaAdam` in the library's networks. For"
    " the MLP, `1 thread` and `cache` are the same configuration (the cache is for convolutions): their"
    " difference shows the run-to-run noise.",
    "- The raw loops use DL4J's Adam unless a row says JavaAdam; the library's overhead (library / raw) is"
    " measured against the raw loop with JavaAdam, the same arithmetic. `Trainer` counts the training"
    " accuracy from the training steps' own outputs (no second pass over the data).",
    "- `unpinned` is `after` with OpenBLAS and oneDNN choosing their kernels for this CPU (AVX-512 here):"
    " faster, but other last digits than on other machines; the kernel pins AVX2 (README).",
    "- DL4J 1.0.0-M2.1 never attaches its oneDNN convolution helper by itself (its check looks up a class this"
    " release moved); `before`, `1 thread` and `cache` convolve with im2col and a matrix product. In a Java"
    " Flight Recorder profile of the CNN's training without the cache, half of the samples were in im2col"
    " (done twice per step, once for the forward pass and again for backpropagation).",
]


ONEDNN = "-onednn"


def setups(threads):
    """What the course shipped before this benchmark, what changed step by step, and an option not taken."""
    after_threads = course.KERNEL_OMP_THREADS
    pins = course.cpu_kernel_pins()   # the kernel's OpenBLAS and oneDNN kernels (course.py)
    chosen = [
        {"name": "before", "extension": "", "threads": threads, "cnn_cache": "none", "library": False,
         "description": f"generic linux-x86_64 build, {threads} threads, CNN without cache"},
        {"name": "1 thread", "extension": "", "threads": after_threads, "cnn_cache": "none", "library": False,
         "description": f"generic build, {after_threads} thread(s), CNN without cache"},
        {"name": "cache", "extension": "", "threads": after_threads, "cnn_cache": "device", "library": False,
         "description": f"generic build, {after_threads} thread(s), CNN with CacheMode.DEVICE"},
        {"name": "after", "extension": ONEDNN, "threads": after_threads, "cnn_cache": "device", "library": True,
         "onednn_helper": "on", "env": pins,
         "description": f"linux-x86_64{ONEDNN} build, {after_threads} thread(s), oneDNN convolutions"
                        + (f" ({', '.join(f'{k}={v}' for k, v in pins.items())})" if pins else "")
                        + " (what the course ships)"},
    ]
    if threads == after_threads:
        chosen.pop(1)
    if pins and runnable(ONEDNN):
        chosen.append({"name": "unpinned", "extension": ONEDNN, "threads": after_threads, "cnn_cache": "device",
                       "library": False, "onednn_helper": "on", "env": {"OPENBLAS_CORETYPE": "detect"},
                       "description": f"as after, with OpenBLAS's and oneDNN's own choice of kernels for this CPU"
                                      " (not shipped: README, \"Same numbers on every machine\")"})
    return chosen


def write_report(results, path_md):
    m = results["machine"]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `./course bench` on {results['date']}"
        + (" — **a development run (`--quick`/`--runs`), not for citing**" if results["development"] else "") + ".",
        f"Machine: {m['cores']} cores, {m['cpu']} ({', '.join(m['simd'])}), {m['memory_gb']} GB; {m['java']}"
        + (f"; PyTorch {results['pytorch']['torch']} (CPU capability {results['pytorch']['cpu_capability']})."
           if "pytorch" in results else "."),
        f"Load average (1, 5, 15 min) at start {results['load_average_start']}, at end {results['load_average_end']};"
        " the benchmark itself keeps one or two cores busy, so up to about 2 is its own load. Other programs'"
        " load would slow both sides of a DL4J/PyTorch pair alike; trust the ratios more than the absolute figures.",
        f"Every figure is the median of {results['runs']} runs after a warm-up run.",
        "",
    ]
    if "kernel" in results:
        k = results["kernel"]
        lines += ["## Kernel start", "",
                  "| | seconds |", "|---|---:|",
                  f"| cold: new kernel process → first output of a cell that uses ND4J | {k['cold_seconds']} |",
                  f"| of which the kernel is ready (JVM, JShell, startup imports) | {k['ready_seconds']} |",
                  f"| warm: the same cell again in that kernel | {k['warm_seconds']} |", "",
                  "Cold is what a learner waits after opening a notebook or restarting the kernel, with the"
                  " operating system's file cache warm (the first start after a build, excluded, is slower).", ""]
    if "notebooks" in results:
        n = results["notebooks"]
        lines += ["## Notebooks (executed as `./course test` executes them, kernel start included)", "",
                  f"Median of {len(n['total_runs'])} run(s) of every chapter. Kernel MB: the kernel JVM's"
                  " largest resident memory after any cell, over all runs (what a learner's machine must hold).", "",
                  "| notebook | seconds | kernel MB |", "|---|---:|---:|"]
        lines += [f"| {name} | {v['seconds']} | {v.get('kernel_mb') or ''} |" for name, v in n["notebooks"].items()]
        lines += [f"| **total** | **{n['total_seconds']}** | |", ""]
    if "training" in results:
        s, training = results["sizes"], results["training"]
        lines += ["## Training: DL4J against PyTorch", "",
                  f"Fashion-MNIST (the first images of the training set), batch size {s['batch']}, {s['epochs']} epoch(s),"
                  f" Adam, float32, the setup's thread count on both sides. MLP 784-256-128-10 on"
                  f" {s['mlp_examples']} images; CNN conv 5×5×16 → max pool 2 → conv 5×5×32 → max pool 2 → dense 64"
                  f" → 10 on {s['cnn_examples']} images. Samples/s count training only. Each DL4J run is timed next"
                  " to a PyTorch run; the ratio is the median of those pairs.", "",
                  "| setup | model | DL4J samples/s | PyTorch samples/s | DL4J / PyTorch (speed) |",
                  "|---|---|---:|---:|---:|"]
        for name, entry in training.items():
            for model, v in entry["models"].items():
                lines.append(f"| {name}: {entry['setup']['description']} | {model.upper()} |"
                             f" {v['dl4j_raw']['samples_per_s']} | {v['pytorch']['samples_per_s']} |"
                             f" {v['dl4j_over_pytorch_speed']} |")
        if "before" in training and len(training) > 1:
            lines += ["", "Each change against `before` (DL4J speed now / DL4J speed before, from the same run):", "",
                      "| setup | model | DL4J speed / before | DL4J / PyTorch |", "|---|---|---:|---:|"]
            for name, entry in training.items():
                for model, v in entry["models"].items():
                    b = training["before"]["models"][model]
                    lines.append(f"| {name} | {model.upper()} |"
                                 f" {v['dl4j_raw']['samples_per_s'] / b['dl4j_raw']['samples_per_s']:.2f} |"
                                 f" {v['dl4j_over_pytorch_speed']} |")
        with_library = {n: e for n, e in training.items() if "library" in next(iter(e["models"].values()))}
        if with_library:
            lines += ["", "## The library's overhead: the same training through the library and in raw DL4J", "",
                      "Same seed, data, network and epochs; \"library\" is `Mlp`/`Cnn` and `Trainer.fit` (which also"
                      " counts the training accuracy and draws no chart here), \"raw\" the same configuration written out"
                      " in DL4J with a loop that gathers shuffled batches and calls `net.fit`, once with DL4J's Adam"
                      " and once with the library's `JavaAdam` (the library's own optimizer, so library / raw is"
                      " the cost of the library's loop). library / raw is the median over"
                      f" {s['overhead_pairs']} pairs of runs in alternating order (one epoch takes 0.4 s and a garbage"
                      " collection up to 0.3 s more, so one pair mostly shows where a collection landed); the thread"
                      " CPU column is the same ratio without the collections' pauses.", "",
                      "| setup | model | library samples/s | raw, JavaAdam samples/s | raw, DL4J's Adam samples/s |"
                      " JavaAdam / DL4J's Adam (speed) | library / raw (time) | library / raw (thread CPU) |"
                      " library / PyTorch (speed) |",
                      "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
            for name, entry in with_library.items():
                for model, v in entry["models"].items():
                    java = v.get("dl4j_raw_java_adam", {}).get("samples_per_s", "–")
                    lines.append(f"| {name} | {model.upper()} | {v['library']['samples_per_s']} | {java} |"
                                 f" {v['dl4j_raw']['samples_per_s']} | {v.get('java_adam_over_dl4j_adam_speed', '–')} |"
                                 f" {v['library_over_raw_time']} | {v.get('library_over_raw_thread_cpu', '–')} |"
                                 f" {v['library_over_pytorch_speed']} |")
        lines += ["", "library / raw above 1 is what the library costs; DL4J / PyTorch below 1 means DL4J is slower.", ""]
    if "long_adam" in results:
        la = results["long_adam"]
        lines += ["## A long Adam run: time per epoch from the first epochs to the last", "",
                  f"MLP 784-256-128-10, raw loop, {la['examples']} images, batch 64, {la['epochs']} epochs, learning"
                  " rate 0.01. Some ReLU units stop firing; Adam's averages for their weights then decay, and DL4J's"
                  " native Adam slows down once they become subnormal floats. `JavaAdam` sets such averages to 0.", "",
                  "| Adam | epochs 2–6, s/epoch | last 5 epochs, s/epoch | last / first | final loss |",
                  "|---|---:|---:|---:|---:|"]
        for name, r in la["runs"].items():
            lines.append(f"| {name} | {r['early_seconds']} | {r['late_seconds']} | {r['late_over_early']} | {r['loss']} |")
        lines.append("")
    if "growth" in results:
        g = results["growth"]
        lines += ["## Cost growth (MLP, raw loops, samples/s)", "", "![cost growth](cost-growth.png)", "",
                  "| batch size | DL4J | PyTorch |", "|---:|---:|---:|"]
        lines += [f"| {p['batch']} | {p['dl4j']} | {p['pytorch']} |" for p in g["batch"]]
        lines += ["", "| width (hidden w, w/2) | parameters | DL4J | PyTorch |", "|---:|---:|---:|---:|"]
        lines += [f"| {p['width']} | {p['parameters']} | {p['dl4j']} | {p['pytorch']} |" for p in g["width"]]
        lines.append("")
    if results.get("notes"):
        lines += ["## Notes", "", *results["notes"], ""]
    path_md.write_text("\n".join(lines))


# ---------------------------------------------------------------------------------------------


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="measured runs per figure (default 5)")
    parser.add_argument("--notebook-runs", type=int, help="runs of the notebooks (default: --runs)")
    parser.add_argument("--quick", action="store_true",
                        help="development: small data, one notebook, few growth points (minutes, not for citing)")
    parser.add_argument("--only", nargs="+", choices=["kernel", "notebooks", "training", "long", "growth"],
                        help="measure only these parts")
    parser.add_argument("--threads", type=int, default=os.cpu_count(),
                        help="threads on both sides in the 'before' setup and --explore (default: every core, as the"
                             " kernel used before); 'after' uses the kernel's own setting")
    parser.add_argument("--explore", action="store_true",
                        help="instead: every native build × 1 and 2 threads (bench/explore.md, .json)")
    parser.add_argument("--builds", nargs="+", choices=[e.lstrip("-") or "generic" for e in NATIVE_EXTENSIONS],
                        help="--explore: only these native builds, e.g. generic avx512 onednn-avx512")
    parser.add_argument("--out", default=str(BENCH), help="where results go (default bench/)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    parts = set(args.only or ["kernel", "notebooks", "training", "long", "growth"])
    sizes = {"batch": 64, "epochs": 1, "mlp_examples": 6_000, "cnn_examples": 1_000, "examples": 6_000,
             "growth_batches": [16, 32, 64, 128, 256, 512], "growth_widths": [64, 128, 256, 512, 1024],
             "long_examples": 10_000, "long_epochs": 30, "overhead_pairs": 16}
    if args.quick:
        sizes.update(mlp_examples=2000, cnn_examples=300, examples=2000, growth_batches=[32, 256],
                     growth_widths=[64, 512], long_examples=2000, long_epochs=8, overhead_pairs=4)

    # PyTorch (several GB) only for the parts that compare with it.
    needs_torch = args.explore or bool(parts & {"training", "growth"})
    torch_python = ensure_torch_venv() if needs_torch else None
    compile_benchmark()
    data_dir = data_directory()
    started = time.time()
    results = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), "runs": args.runs,
               "development": args.quick or args.runs < 5, "threads": args.threads, "sizes": sizes,
               "load_average_start": load_average()}
    say(f"• Machine {results['machine']}; load {results['load_average_start']}")
    if torch_python:
        info = torch_server(torch_python, args.threads, "100", data_dir)
        results["pytorch"] = info.request("info")
        info.close()

    if args.explore:
        return explore(torch_python, sizes, args, data_dir, out, results)

    results["notes"] = NOTES
    chosen = setups(args.threads)
    fetch_native_builds([s["extension"] for s in chosen])

    def save():  # after every part, so that a long run that is stopped keeps what it measured
        results["load_average_end"] = load_average()
        results["seconds"] = round(time.time() - started)
        (out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
        write_report(results, out / "results.md")

    if "kernel" in parts:
        say(f"• Kernel start; load {load_average()}")
        results["kernel"] = measure_kernel(args.runs)
        save()
    if "training" in parts:
        results["training"] = measure_training(chosen, torch_python, sizes, args.runs, data_dir)
        save()
    if "long" in parts:
        results["long_adam"] = measure_long_adam(next(c for c in chosen if c["name"] == "after"), sizes,
                                                 max(1, args.runs // 2))
        save()
    if "growth" in parts:
        results["growth"] = measure_growth(next(c for c in chosen if c["name"] == "after"), torch_python, sizes, args.runs, data_dir)
        save()
        plot_growth(torch_python, out / "results.json", out / "cost-growth.png")
    if "notebooks" in parts:
        say(f"• Notebooks; load {load_average()}")
        results["notebooks"] = measure_notebooks(args.notebook_runs or args.runs, args.quick)
        save()
    say(f"✓ Wrote {out / 'results.md'} and results.json in {results['seconds']} s")
    return 0


def explore(torch_python, sizes, args, data_dir, out, results):
    """Each native build that runs on this CPU × 1 and 2 threads, raw DL4J next to PyTorch."""
    extensions = [e for e in NATIVE_EXTENSIONS if runnable(e) and (not args.builds or (e.lstrip("-") or "generic") in args.builds)]
    fetch_native_builds(extensions)
    candidates = [{"name": f"{e.lstrip('-') or 'generic'} {t}t", "extension": e, "threads": t,
                   "description": f"linux-x86_64{e}, {t} thread(s)"}
                  for t in sorted({1, args.threads}) for e in extensions]
    results["training"] = measure_training(candidates, torch_python, sizes, args.runs, data_dir)
    results["load_average_end"] = load_average()
    (out / "explore.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = ["# Native builds and threads", "",
             f"`./course bench --explore` on {results['date']}: {results['machine']['cpu']},"
             f" {results['machine']['cores']} cores; load {results['load_average_start']} → {results['load_average_end']};"
             f" median of {args.runs} runs. Raw DL4J loops; PyTorch with the same thread count.", "",
             "| build | threads | MLP DL4J/s | MLP PyTorch/s | MLP DL4J/PyTorch | CNN DL4J/s | CNN PyTorch/s | CNN DL4J/PyTorch |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for entry in results["training"].values():
        s, mlp, cnn = entry["setup"], entry["models"]["mlp"], entry["models"]["cnn"]
        lines.append(f"| linux-x86_64{s['extension']} | {s['threads']} | {mlp['dl4j_raw']['samples_per_s']} |"
                     f" {mlp['pytorch']['samples_per_s']} | {mlp['dl4j_over_pytorch_speed']} |"
                     f" {cnn['dl4j_raw']['samples_per_s']} | {cnn['pytorch']['samples_per_s']} |"
                     f" {cnn['dl4j_over_pytorch_speed']} |")
    (out / "explore.md").write_text("\n".join(lines) + "\n")
    say(f"✓ Wrote {out / 'explore.md'}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except course.SetupError as e:
        print(f"\n✗ {e}", file=sys.stderr)
        sys.exit(2)
