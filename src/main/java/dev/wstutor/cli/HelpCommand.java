package dev.wstutor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code wstutor help [COMMAND]}: what picocli's own help command does, plus {@code -V} like every other command
 * (picocli's takes only {@code -h}). A word that names no command is a usage error with picocli's wording, which
 * {@link UsageErrors} turns into "no command ... to explain" and a "did you mean".
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Show the help of wstutor, or of one COMMAND.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command to explain.")
    String command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
                     PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (parent == null) {
            return;
        }
        if (command == null) {
            parent.usage(out, colors);
        } else {
            CommandLine sub = parent.getSubcommands().get(command);
            if (sub == null) {
                throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'.", null, command);
            }
            sub.usage(out, colors);
        }
        out.flush();
    }
}
