package dlcourse.notebook;

import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu;
import tech.tablesaw.api.Table;

/**
 * Loads what the first cells need while the kernel starts, on a background thread, so that a
 * learner's first cell answers sooner. The kernel's start-up script calls {@link #inBackground()}.
 *
 * <p>Two things take most of a cold kernel's first second:
 * <ul>
 * <li>ND4J's native library (about 0.45 s to load). Only the library is loaded here, not ND4J's
 *     classes: if it cannot load (an unsupported platform), nothing is left half-initialized and
 *     the first cell that uses ND4J loads it again and shows the real error.</li>
 * <li>Tablesaw, whose first use scans the classpath (about 0.35 s). Done here, no interrupt of a
 *     cell can land in that scan and leave {@code Table} unusable for the session.</li>
 * </ul>
 * A cell that needs either before it is ready simply waits for it (the JVM lets one thread load
 * a class or library while others wait). Measured on the course's 2-core machine: the first ND4J
 * output of a fresh kernel 0.5 s sooner.
 */
public final class Warmup {

    private static volatile Thread thread;

    private Warmup() {
    }

    /** Starts the warm-up once per kernel; returns at once. */
    public static synchronized void inBackground() {
        if (thread != null) {
            return;
        }
        thread = new Thread(Warmup::run, "dlcourse warm-up");
        thread.setDaemon(true);
        // The loader that sees the course's jars, as a cell's thread does.
        thread.setContextClassLoader(Warmup.class.getClassLoader());
        thread.start();
    }

    /** Waits until the warm-up is done (for tests and for measuring it); false if it was never started. */
    public static boolean awaitDone() throws InterruptedException {
        Thread running = thread;
        if (running == null) {
            return false;
        }
        running.join();
        return true;
    }

    private static void run() {
        try {
            Loader.load(Nd4jCpu.class);
        } catch (Throwable e) {
            // Deliberately quiet: the first cell that uses ND4J tries again and shows the error.
        }
        try {
            Table.create("warm-up");
        } catch (Throwable e) {
            // As above: the first cell that uses Tablesaw shows what is wrong.
        }
    }
}
