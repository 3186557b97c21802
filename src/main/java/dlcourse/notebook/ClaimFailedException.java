package dlcourse.notebook;

/**
 * Thrown by {@link Claim} when a number the chapter's text states does not hold in this run; the
 * message says what the text says, what the run gave, and what to do.
 */
public final class ClaimFailedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** An exception with the given message, which should name the claim and the value found. */
    public ClaimFailedException(String message) {
        super(message);
    }
}
