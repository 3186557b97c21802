package dlcourse.notebook;

/**
 * Whether this code runs inside a JJava kernel, and a {@link DisplaySink} for it. Everything that
 * touches the kernel's classes goes through {@link KernelDisplay}, which is only loaded after the
 * check below, so the library also runs where those classes are absent (plain {@code java}, tests).
 */
public final class Jupyter {

    private static final String KERNEL_CLASS = "org.dflib.jjava.jupyter.kernel.BaseKernel";

    private Jupyter() {
    }

    /** True inside a running JJava notebook kernel. */
    public static boolean isRunning() {
        try {
            Class.forName(KERNEL_CLASS, false, Jupyter.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        return KernelDisplay.kernelRunning();
    }

    /** The notebook when a kernel is running, otherwise {@link DisplaySink#NONE}. */
    public static DisplaySink sink() {
        return isRunning() ? new KernelDisplay() : DisplaySink.NONE;
    }
}
