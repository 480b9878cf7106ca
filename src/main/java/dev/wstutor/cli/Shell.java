package dev.wstutor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.history.DefaultHistory;
import picocli.CommandLine;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * {@code wstutor} with no arguments at a terminal: a prompt where every command of the CLI runs as it does from
 * the system shell (the same command classes, on the process's one line reader), with tab completion of commands,
 * options, lesson ids and quiz topics, and a history kept across runs in WSTUTOR_HOME. Ctrl-C stops the running
 * command and comes back here; Ctrl-D or {@code exit} leaves.
 */
final class Shell {
    static final String HISTORY = "shell-history";
    private static final String PROMPT = "wstutor> ";

    private final Io io;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path home;

    Shell(Io io, PrintWriter out, PrintWriter err, Path home) {
        this.io = io;
        this.out = out;
        this.err = err;
        this.home = home;
    }

    int run() {
        LineReaderImpl reader = io.reader();
        CommandLine tree = Cli.commandLine(out, err, io);
        reader.setCompleter(new PicocliJLineCompleter(tree.getCommandSpec()));
        reader.setHistory(history(reader));
        reader.getHistory().attach(reader);
        reader.setVariable(LineReader.LIST_MAX, 50);
        Thread shell = Thread.currentThread();
        // Ctrl-C while a command runs and no prompt shows: a command that listens stops itself (Stops.Session);
        // any other is interrupted where it waits. Either way it returns here.
        io.stops().forShell(shell::interrupt);

        welcome(tree);
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue; // Ctrl-C at the prompt clears the line, as in bash
            } catch (EndOfFileException e) {
                break;
            }
            List<String> words = reader.getParser().parse(line, 0).words().stream().filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                continue;
            }
            String first = words.get(0).toLowerCase(Locale.ROOT);
            if (first.equals("exit") || first.equals("quit")) {
                break;
            }
            if (first.equals("wstutor")) {
                words = words.subList(1, words.size()); // pasted from the README
            }
            run(words);
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // history is a convenience
        }
        out.println("bye");
        out.flush();
        return ExitCode.OK;
    }

    private void run(List<String> words) {
        int exit = Cli.commandLine(out, err, io).execute(words.toArray(String[]::new));
        Thread.interrupted(); // a Ctrl-C that came late must not reach the next command
        out.flush();
        err.flush();
        if (exit != ExitCode.OK && exit != ExitCode.USAGE) {
            out.println("(exit " + exit + ")");
        }
    }

    private DefaultHistory history(LineReader reader) {
        DefaultHistory history = new DefaultHistory();
        if (home != null) {
            try {
                Files.createDirectories(home);
                reader.setVariable(LineReader.HISTORY_FILE, home.resolve(HISTORY));
            } catch (IOException | RuntimeException e) {
                err.println("wstutor: no history this time: " + e.getMessage());
            }
        }
        return history;
    }

    private void welcome(CommandLine tree) {
        out.println("wstutor " + Main.version() + ": WebSocket and Socket.IO, live.");
        try {
            ProgressReport report = ProgressReport.load(LessonSetup.system(), s -> { });
            report.summary().forEach(out::println);
            out.println("Next: " + report.next());
        } catch (UserError e) {
            out.println("(" + e.getMessage() + ")");
        }
        out.println("Commands: " + String.join(", ", tree.getSubcommands().keySet())
                + ". Tab completes; help COMMAND explains one; Ctrl-C stops a command; Ctrl-D or exit leaves.");
        out.flush();
    }
}
