package dev.wstutor.cli;

import dev.wstutor.view.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Turns any exception escaping a command into one line on stderr and an exit code. */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof UserError user) {
            cmd.getErr().println("wstutor: " + Printable.of(user.getMessage()));
            return user.exitCode();
        }
        if (ex instanceof InterruptedException) {
            // Ctrl-C in the shell while the command waited (a connect, a capture): stopped, not broken.
            cmd.getErr().println("wstutor: stopped");
            return 130;
        }
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        String what = cause instanceof IOException ? "I/O error" : "internal error";
        cmd.getErr().println("wstutor: " + what + ": " + Printable.of(describe(cause))
                + (cause instanceof IOException ? "" : " (please report this; WSTUTOR_DEBUG=1 shows the trace)"));
        if (System.getenv("WSTUTOR_DEBUG") != null) {
            cause.printStackTrace(cmd.getErr());
        }
        return ExitCode.FAILED;
    }

    static String describe(Throwable t) {
        String msg = t.getMessage();
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
    }
}
