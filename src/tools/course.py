"""Set up, run and test the course: what `./course run` and `./course test` do.

Standard library only: this script creates the environment everything else runs in.

  setup  venv from environment.yml, library build, "Java (Deep Learning)" kernelspec;
         each step skipped when it is already up to date
  run    setup, then JupyterLab on notebooks/ at 127.0.0.1 with token authentication
  test   setup, `mvn verify`, every notebook executed by the real kernel, the static site,
         the browser check; report in target/notebook-report.json
  variants  setup, then every chapter under three other CPUs' arithmetic (OpenBLAS and oneDNN
         kernels) and two seed offsets; every claim must hold in each (target/robustness-report.json)
  bench  setup, then the benchmarks of src/tools/bench.py (bench/results.md, .json); its own
         options follow, e.g. `./course bench --runs 1 --quick` while developing
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv"
TARGET = ROOT / "target"
KERNEL_LIB = TARGET / "kernel-lib"
LIBRARY_JAR = KERNEL_LIB / "dlcourse.jar"
# Classes the kernel JVM maps at start instead of loading them (src/tools/kernel_archive.py).
KERNEL_CLASS_ARCHIVE = TARGET / "kernel-cds.jsa"
KERNEL_NAME = "java-dl"
KERNEL_DISPLAY_NAME = "Java (Deep Learning)"
STARTUP_SCRIPT = ROOT / "src" / "kernel" / "startup.jshell"

# The kernel JVM: DL4J keeps its arrays off the Java heap, so both limits matter.
# The heap itself stays small (about 100 MB live after a chapter), but every ND4J array leaves a
# few reference objects behind, and G1 answered their slow collections by growing the heap to
# 2.4-2.8 GB: the kernel held 2.9 GB after chapter 12, and spent 10-15 s of a chapter in GC
# pauses. The parallel collector with a 1 GB cap measured 4-5 s of pauses, 10-15 s shorter
# chapters 11 and 12, and at most 1.3 GB resident in any chapter (bench/results.md).
KERNEL_JVM_OPTS = [
    "-Xmx1g",
    "-XX:+UseParallelGC",
    "-Dorg.bytedeco.javacpp.maxbytes=4G",
    "-Dorg.bytedeco.javacpp.maxphysicalbytes=8G",
    "-Djava.awt.headless=true",
    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
]


class SetupError(Exception):
    """A missing tool or a failed step, with a message that says what to do."""


def say(message):
    print(message, flush=True)


def venv_python():
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_bin(name):
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def run(cmd, **kwargs):
    """Runs a command, echoing it; raises SetupError naming it when it fails."""
    say("  $ " + " ".join(str(c) for c in cmd))
    result = subprocess.run([str(c) for c in cmd], **kwargs)
    if result.returncode != 0:
        raise SetupError(f"'{' '.join(str(c) for c in cmd)}' failed with exit code {result.returncode}"
                         " (its output is above).")
    return result


# ---------------------------------------------------------------------------------------------
# Prerequisites


def check_prerequisites():
    """Java 17+, Maven and Python 3.9+; one message listing everything missing."""
    problems = []
    java = shutil.which("java")
    if java is None:
        problems.append("Java 17 or newer is not installed (no 'java' on PATH). Install a JDK 17,"
                        " e.g. 'apt-get install openjdk-17-jdk' or https://adoptium.net.")
    else:
        out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
        match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
        major = int(match.group(1)) if match else 0
        if major == 1 and match.group(2):  # "1.8" style
            major = int(match.group(2))
        if major < 17:
            problems.append(f"Java 17 or newer is needed but 'java -version' says: {out.splitlines()[0]}."
                            " Install a JDK 17 and put it first on PATH.")
        if shutil.which("javac") is None:
            problems.append("Only a Java runtime was found; the kernel compiles cells and needs a JDK"
                            " (with 'javac'). Install a JDK 17.")
    if shutil.which("mvn") is None:
        problems.append("Maven is not installed (no 'mvn' on PATH). Install it, e.g. 'apt-get install"
                        " maven' or https://maven.apache.org/install.html.")
    if sys.version_info < (3, 9):
        problems.append(f"Python 3.9 or newer is needed; this is {sys.version.split()[0]}.")
    if problems:
        raise SetupError("Missing prerequisites:\n  - " + "\n  - ".join(problems))


# ---------------------------------------------------------------------------------------------
# Python environment


def pip_requirements(environment_yml):
    """The `pip:` list of environment.yml (a tiny reader: no PyYAML before the venv exists)."""
    requirements, pip_indent = [], None
    for line in environment_yml.read_text().splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        if pip_indent is None:
            if re.fullmatch(r"-\s*pip:", stripped):
                pip_indent = indent
        elif indent > pip_indent and stripped.startswith("-"):
            requirements.append(stripped[1:].strip())
        else:
            break
    if not requirements:
        raise SetupError(f"{environment_yml} has no '- pip:' list; it is where the Python packages are"
                         " pinned.")
    return requirements


def ensure_venv():
    environment = ROOT / "environment.yml"
    requirements = pip_requirements(environment)
    digest = hashlib.sha256(("\n".join(requirements) + sys.version).encode()).hexdigest()
    stamp = VENV / ".requirements.sha256"
    if stamp.exists() and stamp.read_text() == digest and venv_python().exists():
        say("✓ Python environment is up to date (.venv)")
        return
    say("• Creating the Python environment in .venv (JupyterLab, nbclient, jjava, ...)")
    if VENV.exists():
        shutil.rmtree(VENV)
    run([sys.executable, "-m", "venv", VENV])
    run([venv_python(), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         *requirements])
    stamp.write_text(digest)


# ---------------------------------------------------------------------------------------------
# Library build


def newest_source_time():
    sources = [ROOT / "pom.xml", *(ROOT / "src" / "main").rglob("*")]
    return max(p.stat().st_mtime for p in sources if p.is_file())


def build_library():
    """`mvn package` into target/kernel-lib when any source is newer than the library jar."""
    if LIBRARY_JAR.exists() and LIBRARY_JAR.stat().st_mtime >= newest_source_time():
        say("✓ Library is up to date (target/kernel-lib)")
        return
    say("• Building the library (mvn package)")
    shutil.rmtree(KERNEL_LIB, ignore_errors=True)  # drop jars of dependencies no longer used
    run(["mvn", "-B", "-q", "-ntp", "package", "-DskipTests"], cwd=ROOT)


# ---------------------------------------------------------------------------------------------
# Kernel


# OpenMP threads for ND4J in the kernel. One: the course's networks are small, and a second thread
# costs more in coordination than it gains (on 2 cores, chapter 12 took 82 s with 2 threads and 45 s
# with 1; only the CNN of chapter 08 gains from 2). When other programs load the cores, OpenMP's
# spinning threads make each step many times slower (bench/results.md). A learner can raise it here.
KERNEL_OMP_THREADS = 1


# OpenBLAS picks a matrix-multiply kernel for each CPU model, and each kernel rounds differently, so
# the same cell gives slightly different numbers on different machines, and chaotic training (a GAN)
# different outcomes. Every x86-64 CPU with AVX2 and FMA (Intel since 2013, AMD since 2015) can run
# OpenBLAS's Haswell kernel: pinning it there makes a chapter compute the same numbers as the course's
# own run on all of them (README, "Same numbers on every machine"). oneDNN, which computes
# convolutions (dlcourse.backend.OneDnn), matrix products and activation gradients, chooses its
# kernels by CPU too (AVX-512 ones use other algorithms, e.g. Winograd); it is held to its AVX2
# kernels on the same CPUs. Others keep their own choice.
PINNED_CPU_KERNELS = ({"OPENBLAS_CORETYPE": "Haswell", "DNNL_MAX_CPU_ISA": "AVX2"}, {"avx2", "fma"})


def cpuinfo(field):
    """The first value of a /proc/cpuinfo field ("flags", "model name"), or None off Linux."""
    try:
        match = re.search(rf"^{field}\s*:\s*(.*)$", Path("/proc/cpuinfo").read_text(), re.M)
    except OSError:
        return None
    return match.group(1) if match else None


def cpu_flags():
    """The CPU's feature flags (avx2, fma, ...); empty off Linux."""
    return set((cpuinfo("flags") or "").split())


def cpu_kernel_pins():
    """The kernel environment that pins OpenBLAS's and oneDNN's CPU kernels where this CPU runs the
    pinned ones (AVX2 and FMA); {} elsewhere (ARM, old x86)."""
    pins, needs = PINNED_CPU_KERNELS
    return dict(pins) if needs <= cpu_flags() else {}


def jjava_kernel_dir():
    kernel_dir = VENV / "share" / "jupyter" / "kernels" / "java"
    if not (kernel_dir / "jjava.jar").exists():
        raise SetupError(f"The jjava package did not install its kernel into {kernel_dir}. Delete .venv"
                         " and run the command again.")
    return kernel_dir


# Where a kernelspec's argv has its JVM options: after java, before these.
KERNEL_JVM_OPTS_END = ["--add-opens", "jdk.jshell/jdk.jshell=ALL-UNNAMED"]


def kernel_spec():
    jjava = jjava_kernel_dir()
    # JJava reads its classpath with '/' separators on every OS, and expands '*' itself.
    classpath = (KERNEL_LIB.as_posix() + "/*")
    return {
        # The kernel's JVM itself, as JJava's launcher (jjava-launcher.jar) would start it from
        # JJAVA_JVM_OPTS, but without the launcher's own JVM in between: 0.15-0.2 s sooner to the
        # first output, and Jupyter stops the kernel's JVM directly.
        "argv": [shutil.which("java") or "java", *KERNEL_JVM_OPTS, *class_archive_opts(), *KERNEL_JVM_OPTS_END,
                 "-jar", str(jjava / "jjava.jar"), "{connection_file}"],
        "display_name": KERNEL_DISPLAY_NAME,
        "language": "java",
        "interrupt_mode": "message",
        "env": {
            "JJAVA_CLASSPATH": classpath,
            "JJAVA_STARTUP_SCRIPTS_PATH": str(STARTUP_SCRIPT),
            "OMP_NUM_THREADS": str(KERNEL_OMP_THREADS),
            **cpu_kernel_pins(),
        },
        "metadata": {"debugger": False},
    }


def with_jvm_options(argv, add=(), drop_prefixes=()):
    """A kernelspec argv with JVM options added (after the existing ones) and options starting with
    any of drop_prefixes removed; for the variation test and the class-archive recording."""
    end = argv.index(KERNEL_JVM_OPTS_END[0])
    options = [o for o in argv[1:end] if not o.startswith(tuple(drop_prefixes))]
    return [argv[0], *options, *add, *argv[end:]]


def install_kernel(prefix=VENV):
    """Writes the "Java (Deep Learning)" kernelspec into <prefix>/share/jupyter/kernels."""
    target = Path(prefix) / "share" / "jupyter" / "kernels" / KERNEL_NAME
    target.mkdir(parents=True, exist_ok=True)
    spec = json.dumps(kernel_spec(), indent=2) + "\n"
    path = target / "kernel.json"
    if not path.exists() or path.read_text() != spec:
        path.write_text(spec)
        say(f"• Installed the kernel '{KERNEL_DISPLAY_NAME}' ({path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    else:
        say(f"✓ Kernel '{KERNEL_DISPLAY_NAME}' is installed")


# jupyter_server's default list of message types that do not count as a user's activity, less
# kernel_info_request/reply. JupyterLab takes the list to mean "ignore the kernel's busy/idle for
# these", and after connecting it learns the kernel's state from the next tracked request, a
# history_request. JJava (1.0a8) leaves that request unanswered, so the status bar said "Unknown"
# until the first cell ran. Counting kernel_info makes it show "Idle" as soon as the kernel answers.
KERNEL_STATUS_CONFIG = {"MappingKernelManager": {"untracked_message_types": [
    "comm_info_request", "comm_info_reply", "shutdown_request", "shutdown_reply", "interrupt_request",
    "interrupt_reply", "debug_request", "debug_reply", "stream", "display_data", "update_display_data",
    "execute_input", "execute_result", "error", "status", "clear_output", "debug_event", "input_request",
    "input_reply"]}}


def write_json_if_changed(path, settings):
    if not path.exists() or json.loads(path.read_text()) != settings:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings, indent=2) + "\n")


def configure_jupyterlab():
    """JupyterLab's settings for the course: no news pop-up (it asks to fetch news from the internet
    at every start), and a kernel status that reads "Idle" once the kernel answers."""
    write_json_if_changed(VENV / "etc" / "jupyter" / "labconfig" / "page_config.json",
                          {"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": True}})
    # The env's own server config (a file in jupyter_server_config.d/ only enables extensions);
    # other settings someone put there are kept.
    server_config = VENV / "etc" / "jupyter" / "jupyter_server_config.json"
    settings = json.loads(server_config.read_text()) if server_config.exists() else {}
    write_json_if_changed(server_config, {**settings, **KERNEL_STATUS_CONFIG})


def warm_native_cache():
    """ND4J unpacks ~400 MB of native libraries on first use; do it once here, not in a notebook."""
    marker = TARGET / ".nd4j-warm"
    if marker.exists() and marker.stat().st_mtime >= LIBRARY_JAR.stat().st_mtime:
        return
    say("• Loading ND4J's native backend once (unpacks into ~/.javacpp/cache)")
    run(["java", "-cp", str(KERNEL_LIB / "*"), *KERNEL_JVM_OPTS, "dlcourse.notebook.SystemInfo"],
        env={**os.environ, "OMP_NUM_THREADS": str(KERNEL_OMP_THREADS), **cpu_kernel_pins()})
    marker.touch()


def class_archive_opts():
    return [f"-XX:SharedArchiveFile={KERNEL_CLASS_ARCHIVE}"] if KERNEL_CLASS_ARCHIVE.exists() else []


def build_class_archive():
    """The kernel's class-data-sharing archive, rebuilt when the library, JJava or the JDK changed."""
    java = Path(shutil.which("java") or "java").resolve()
    inputs = [LIBRARY_JAR, jjava_kernel_dir() / "jjava.jar", java]
    newest = max(p.stat().st_mtime for p in inputs if p.exists())
    # The archive only fits the JVM options it was recorded with (the collector, above all).
    recorded_with = KERNEL_CLASS_ARCHIVE.with_suffix(".options")
    options = " ".join(KERNEL_JVM_OPTS)
    if (KERNEL_CLASS_ARCHIVE.exists() and KERNEL_CLASS_ARCHIVE.stat().st_mtime >= newest
            and recorded_with.exists() and recorded_with.read_text() == options):
        return
    say("• Recording the kernel's classes for a faster start (target/kernel-cds.jsa)")
    KERNEL_CLASS_ARCHIVE.unlink(missing_ok=True)
    install_kernel()  # without the stale archive
    done = subprocess.run([str(venv_python()), str(ROOT / "src" / "tools" / "kernel_archive.py"),
                           str(KERNEL_CLASS_ARCHIVE), KERNEL_NAME], cwd=ROOT)
    if done.returncode != 0:
        say("  (skipped: the kernel starts as before, about 0.5 s slower)")
    else:
        recorded_with.write_text(options)


def setup(build=True):
    started = time.monotonic()
    check_prerequisites()
    ensure_venv()
    if build:
        build_library()
        warm_native_cache()
        build_class_archive()
    install_kernel()
    configure_jupyterlab()
    say(f"✓ Setup done in {time.monotonic() - started:.1f} s")


# ---------------------------------------------------------------------------------------------
# Commands


def command_run(extra_args):
    setup()
    say("• Starting JupyterLab on notebooks/ (http://127.0.0.1, token login; Ctrl+C stops it)")
    os.chdir(ROOT)
    args = [str(venv_bin("jupyter")), "lab", "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.root_dir={ROOT / 'notebooks'}", *extra_args]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")  # containers often run as root; still loopback-only and token-protected
    os.execv(args[0], args)


def command_test(extra_args):
    started = time.time()
    setup(build=False)
    say("• Unit tests (mvn verify)")
    shutil.rmtree(KERNEL_LIB, ignore_errors=True)
    maven_started = time.monotonic()
    maven = subprocess.run(["mvn", "-B", "-ntp", "verify"], cwd=ROOT)
    maven_seconds = time.monotonic() - maven_started
    if maven.returncode == 0:
        warm_native_cache()
        build_class_archive()
        install_kernel()
    say("• Notebooks, static site and browser check")
    cmd = [str(venv_python()), str(ROOT / "src" / "tools" / "notebook_tests.py"),
           "--maven", "passed" if maven.returncode == 0 else "failed",
           "--maven-seconds", f"{maven_seconds:.1f}", "--started-at", f"{started:.3f}", *extra_args]
    return subprocess.run(cmd, cwd=ROOT).returncode


def command_variants(extra_args):
    """The variation test (src/tools/variants.py): every chapter under other CPUs' arithmetic and seeds."""
    setup()
    cmd = [str(venv_python()), str(ROOT / "src" / "tools" / "variants.py"), *extra_args]
    return subprocess.run(cmd, cwd=ROOT).returncode


def command_bench(extra_args):
    setup()
    cmd = [str(venv_python()), str(ROOT / "src" / "tools" / "bench.py"), *extra_args]
    return subprocess.run(cmd, cwd=ROOT).returncode


def main(argv=None):
    parser = argparse.ArgumentParser(prog="course", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["setup", "run", "test", "variants", "bench", "kernelspec"])
    parser.add_argument("--prefix", help="kernelspec: the environment to install it into"
                                         " (default .venv); Binder uses $CONDA_PREFIX")
    args, extra = parser.parse_known_args(argv)
    try:
        if args.command == "setup":
            setup()
        elif args.command == "kernelspec":
            global VENV
            if args.prefix:
                VENV = Path(args.prefix)
            install_kernel(VENV)
        elif args.command == "run":
            command_run(extra)
        elif args.command == "test":
            return command_test(extra)
        elif args.command == "variants":
            return command_variants(extra)
        elif args.command == "bench":
            return command_bench(extra)
    except SetupError as e:
        print(f"\n✗ {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
