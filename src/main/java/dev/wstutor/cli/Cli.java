package dev.wstutor.cli;

import dev.wstutor.progress.StateDir;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds the picocli command tree and runs one command line, mapping every failure to one line on stderr. The
 * terminal seam ({@link Io}) is built here once and handed to every command that takes one in its constructor.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        try (Io io = Io.system(out, StateDir.fromEnvironment().path())) {
            PrintWriter err = new PrintWriter(System.err, true);
            CommandLine branch = args.length > 0 ? branch(args[0], out, err, io) : null;
            return (branch != null ? branch : commandLine(out, err, io)).execute(args);
        }
    }

    /** Commands that reach into the rest of the tree (help lists it, next runs lesson): they get the whole tree. */
    private static final java.util.Set<String> WHOLE_TREE = java.util.Set.of("help", "next");

    /**
     * A one-shot command line ("wstutor quiz ...") gets only its own branch: the root and that one command.
     * picocli reads every command's options by reflection when the tree is built, and reading all of them costs
     * the quiz a third of its start-up (old class files picocli ships cannot go into the class-data archive).
     * Null when the word names no command, or one that needs the whole tree: the caller builds it then.
     */
    static CommandLine branch(String name, PrintWriter out, PrintWriter err, Io io) {
        if (WHOLE_TREE.contains(name)) {
            return null;
        }
        for (Class<?> cls : WstutorCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            CommandLine.Command c = cls.getAnnotation(CommandLine.Command.class);
            if (c != null && c.name().equals(name)) {
                CommandLine root = new CommandLine(CommandLine.Model.CommandSpec.create().name("wstutor"), new Factory(io));
                root.addSubcommand(name, cls);
                return configured(root, out, err);
            }
        }
        return null;
    }

    /** The tree with a seam on the process's stdin (no terminal is opened unless a command asks for one). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Io.system(out, StateDir.fromEnvironment().path()));
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Io io) {
        return configured(new CommandLine(WstutorCommand.class, new Factory(io)), out, err);
    }

    private static CommandLine configured(CommandLine cmd, PrintWriter out, PrintWriter err) {
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler(new OneLineErrors());
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(ansi()));
        everyCommandKnowsTheVersion(cmd, new WstutorCommand.Version());
        return cmd;
    }

    /** {@code wstutor serve -V} says the version as {@code wstutor -V} does (picocli gives subcommands none). */
    private static void everyCommandKnowsTheVersion(CommandLine cmd, CommandLine.IVersionProvider version) {
        cmd.getCommandSpec().versionProvider(version);
        cmd.getSubcommands().values().forEach(sub -> everyCommandKnowsTheVersion(sub, version));
    }

    /** picocli's own detection, but NO_COLOR always wins (https://no-color.org). */
    static CommandLine.Help.Ansi ansi() {
        String noColor = System.getenv("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return CommandLine.Help.Ansi.OFF;
        }
        return System.console() == null ? CommandLine.Help.Ansi.OFF : CommandLine.Help.Ansi.AUTO;
    }

    /** Commands with a constructor taking the {@link Io} get the one seam; the others are made as picocli would. */
    private record Factory(Io io) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Io.class) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(io));
                }
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
