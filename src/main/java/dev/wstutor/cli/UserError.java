package dev.wstutor.cli;

/**
 * A mistake the user can fix: shown as one line on stderr, never as a stack trace.
 * The message says what was wrong and what to do.
 */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) {
        this(message, ExitCode.FAILED);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public static UserError usage(String message) {
        return new UserError(message, ExitCode.USAGE);
    }

    public int exitCode() {
        return exitCode;
    }
}
