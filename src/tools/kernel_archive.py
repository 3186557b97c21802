"""Builds the kernel JVM's class-data-sharing archive (target/kernel-cds.jsa).

`./course setup` runs this with the project's Python: it starts the "Java (Deep Learning)" kernel once
with -XX:ArchiveClassesAtExit, runs its start-up script and one ND4J cell, and shuts it down, so the
JVM writes the classes it loaded (JShell's compiler, JJava, ND4J, DL4J) into the archive. A kernel
started with -XX:SharedArchiveFile then maps them instead of loading and verifying them again: its
first output comes about 0.5 s sooner (bench/results.md, "Kernel start"). If the JDK or a jar
changes, the JVM ignores the stale archive and loads classes as usual; setup builds a new one.
"""
import subprocess
import sys
import time
from pathlib import Path

from jupyter_client.manager import KernelManager

import course

CELL = "Nd4j.create(new float[] {1, 2, 3, 4}).sumNumber()"


def build(archive, kernel_name):
    archive = Path(archive)
    partial = archive.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    km = KernelManager(kernel_name=kernel_name)
    # The dump lists every class it cannot archive; that is expected, so its log stays quiet.
    km.kernel_spec.argv = course.with_jvm_options(
        km.kernel_spec.argv, add=[f"-XX:ArchiveClassesAtExit={partial}", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"],
        drop_prefixes=["-XX:SharedArchiveFile"])
    km.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=180)
        reply = kc.execute_interactive(CELL, timeout=180, output_hook=lambda msg: None)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"the warm-up cell failed: {reply['content']}")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)  # a clean exit: the JVM writes the archive as it ends
    for _ in range(50):
        if partial.exists() and partial.stat().st_size > 0:
            break
        time.sleep(0.2)
    if not partial.exists():
        raise RuntimeError("the kernel ended without writing a class archive")
    partial.replace(archive)


if __name__ == "__main__":
    try:
        build(sys.argv[1], sys.argv[2])
    except Exception as e:  # setup goes on without the archive; the kernel is only slower to start
        print(f"class archive not built: {e}", file=sys.stderr)
        sys.exit(1)
