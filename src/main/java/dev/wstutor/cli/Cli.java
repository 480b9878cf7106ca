package dev.wstutor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the picocli command tree and runs one command line, mapping every failure to one line on stderr. */
public final class Cli {
    private Cli() {
    }

    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new WstutorCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new OneLineErrors());
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(ansi()));
        return cmd;
    }

    /** picocli's own detection, but NO_COLOR always wins (https://no-color.org). */
    static CommandLine.Help.Ansi ansi() {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return CommandLine.Help.Ansi.OFF;
        }
        return System.console() == null ? CommandLine.Help.Ansi.OFF : CommandLine.Help.Ansi.AUTO;
    }
}
