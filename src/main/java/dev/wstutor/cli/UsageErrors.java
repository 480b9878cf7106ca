package dev.wstutor.cli;

import dev.wstutor.view.Printable;
import java.util.List;
import picocli.CommandLine;

/**
 * Bad usage: one line naming the problem and where to find help, exit 2. A mistyped command or option gets
 * picocli's suggestion of the nearest names on a second line ("Did you mean: wstutor serve?").
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String name = cmd.getCommandSpec().qualifiedName();
        cmd.getErr().println("wstutor: " + Printable.of(what(ex)) + " (see '" + name + " --help')");
        suggestion(ex).ifPresent(cmd.getErr()::println);
        cmd.getErr().flush();
        return ExitCode.USAGE;
    }

    /** "did you mean: wstutor serve?" or "did you mean: --frames?", from picocli's nearest names; empty when none is near. */
    static java.util.Optional<String> suggestion(CommandLine.ParameterException ex) {
        CommandLine.UnmatchedArgumentException unmatched = null;
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            unmatched = u;
        } else {
            java.util.regex.Matcher help = HELP_UNKNOWN.matcher(String.valueOf(ex.getMessage()));
            if (help.matches()) {
                // `help srve`: picocli's help command names the word but suggests nothing; ask as for `srve`.
                CommandLine root = ex.getCommandLine().getParent() == null ? ex.getCommandLine() : ex.getCommandLine().getParent();
                unmatched = new CommandLine.UnmatchedArgumentException(root, List.of(help.group(1)));
            }
        }
        if (unmatched == null || unmatched.getSuggestions().isEmpty()) {
            return java.util.Optional.empty();
        }
        String prefix = unmatched.isUnknownOption() ? "" : unmatched.getCommandLine().getCommandSpec().qualifiedName() + " ";
        List<String> names = unmatched.getSuggestions().stream().limit(3).map(n -> prefix + n).toList();
        return java.util.Optional.of("did you mean: " + String.join(" or ", names) + "?");
    }

    private static final java.util.regex.Pattern HELP_UNKNOWN = java.util.regex.Pattern.compile("Unknown subcommand '(.*)'\\.");

    /** picocli's message, said plainly for the two mistakes people make most: a command or an option misspelt. */
    private static String what(CommandLine.ParameterException ex) {
        java.util.regex.Matcher help = HELP_UNKNOWN.matcher(String.valueOf(ex.getMessage()));
        if (help.matches()) {
            return "no command '" + help.group(1) + "' to explain";
        }
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return ex.getMessage();
        }
        List<String> words = unmatched.getUnmatched();
        String first = words.get(0);
        if (unmatched.isUnknownOption()) {
            return "unknown option '" + first + "'";
        }
        boolean hasCommands = !ex.getCommandLine().getSubcommands().isEmpty();
        boolean takesArguments = !ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
        if (hasCommands && !takesArguments) {
            return "unknown command '" + first + "'";
        }
        return "unexpected argument" + (words.size() == 1 ? " '" + first + "'" : "s '" + String.join("' '", words) + "'");
    }
}
