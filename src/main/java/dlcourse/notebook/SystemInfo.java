package dlcourse.notebook;

import dlcourse.backend.OneDnn;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the numbers run on: Java version, ND4J backend, threads and memory limits. Loading it also
 * loads ND4J's native code, which setup does once so the first notebook starts fast.
 *
 * <pre>{@code
 * SystemInfo.describe()
 * }</pre>
 */
public final class SystemInfo {

    private SystemInfo() {
    }

    /** A few lines describing the Java runtime and the ND4J backend. */
    public static String describe() {
        Runtime rt = Runtime.getRuntime();
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        Object blas = Nd4j.factory().blas().getBlasVendor();
        return String.join("\n",
                "Java            " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "ND4J backend    " + backend + ", BLAS " + blas + ", data type " + Nd4j.dataType(),
                "Convolutions    " + OneDnn.describe(),
                "Threads         " + rt.availableProcessors() + " cores, OMP_NUM_THREADS="
                        + System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"),
                "Memory          heap up to " + mb(rt.maxMemory()) + ", off-heap up to "
                        + mb(Pointer.maxBytes()) + " (physical up to " + mb(Pointer.maxPhysicalBytes()) + ")");
    }

    private static String mb(long bytes) {
        return bytes <= 0 ? "unlimited" : (bytes >> 20) + " MB";
    }

    public static void main(String[] args) {
        System.out.println(describe());
    }
}
