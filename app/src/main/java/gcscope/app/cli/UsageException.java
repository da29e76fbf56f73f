package gcscope.app.cli;

/** A problem with what the person asked for (a missing file, an option not available yet): exit 5 with its message. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
