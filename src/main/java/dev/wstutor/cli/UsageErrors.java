package dev.wstutor.cli;

import dev.wstutor.view.Printable;
import picocli.CommandLine;

/** Bad usage: one line naming the problem and where to find help, exit 2. */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println("wstutor: " + Printable.of(ex.getMessage()) + " (see '" + name + " --help')");
        return ExitCode.USAGE;
    }
}
