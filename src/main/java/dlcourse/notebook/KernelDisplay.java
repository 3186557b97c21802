package dlcourse.notebook;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;

/** Shows content through the running JJava kernel: the same calls as {@code display} and {@code updateDisplay}. */
final class KernelDisplay implements DisplaySink {

    static boolean kernelRunning() {
        try {
            return BaseKernel.notebookKernel() != null;
        } catch (NullPointerException noKernel) {
            // JJava reports "no kernel" by throwing rather than by returning null.
            return false;
        }
    }

    @Override
    public String display(Object content) {
        return BaseNotebookStatics.display(content);
    }

    @Override
    public void update(String id, Object content) {
        BaseNotebookStatics.updateDisplay(id, content);
    }
}
