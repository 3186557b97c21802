package dlcourse.notebook;

/**
 * Where a {@link LiveDisplay} sends what it shows: the notebook when a kernel is running, or
 * nowhere. Tests pass their own to record what would have been shown.
 *
 * <pre>{@code
 * LiveDisplay display = new LiveDisplay(DisplaySink.NONE, 500, System::currentTimeMillis);
 * }</pre>
 */
public interface DisplaySink {

    /** Shows {@code content} in a new output area and returns that area's id. */
    String display(Object content);

    /** Replaces what the output area {@code id} shows with {@code content}. */
    void update(String id, Object content);

    /** A sink that shows nothing: what a live display uses outside Jupyter. */
    DisplaySink NONE = new DisplaySink() {
        @Override
        public String display(Object content) {
            return "none";
        }

        @Override
        public void update(String id, Object content) {
        }
    };
}
