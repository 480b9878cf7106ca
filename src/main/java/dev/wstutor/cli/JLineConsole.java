package dev.wstutor.cli;

import dev.wstutor.view.Console;
import dev.wstutor.view.LineWriter;
import dev.wstutor.view.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * A command's console on the process's one line reader. While open it gives the reader the command's own history
 * (a file under WSTUTOR_HOME, or memory only) and no completion, so a quiz answer never lands in the shell's
 * history nor a shell command in the quiz's; {@link #close} gives the reader back what it had. Every line shown
 * goes through {@link LineReader#printAbove}, safe from any thread and kind to a half-typed line.
 */
final class JLineConsole implements Console {
    private final LineReaderImpl reader;
    private final History previousHistory;
    private final Object previousFile;
    private final Completer previousCompleter;
    private final DefaultHistory history = new DefaultHistory();
    private final PrintWriter out;
    private volatile boolean woken;

    JLineConsole(LineReaderImpl reader, Path historyFile) {
        this.reader = reader;
        this.previousHistory = reader.getHistory();
        this.previousFile = reader.getVariable(LineReader.HISTORY_FILE);
        this.previousCompleter = reader.getCompleter();
        reader.setVariable(LineReader.HISTORY_FILE, historyFile);
        reader.setHistory(history);
        history.attach(reader);
        reader.setCompleter(NullCompleter.INSTANCE);
        this.out = new PrintWriter(new LineWriter(this::show), true);
    }

    @Override
    public Input read(String prompt) {
        if (woken) {
            return new Woken();
        }
        try {
            return new Line(reader.readLine(prompt));
        } catch (UserInterruptException e) {
            return woken ? new Woken() : new Interrupt();
        } catch (EndOfFileException e) {
            return woken ? new Woken() : new End();
        }
    }

    @Override
    public void show(String line) {
        reader.printAbove(Printable.line(line));
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public int width() {
        int w = reader.getTerminal().getWidth();
        return w > 0 ? w : 80;
    }

    @Override
    public void wake() {
        woken = true;
        // JLine ends a pending readLine on INT; raising it ourselves is how another thread ends the prompt.
        if (reader.isReading()) {
            reader.getTerminal().raise(Terminal.Signal.INT);
        }
    }

    @Override
    public void close() {
        try {
            history.save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience; losing it must not fail the command
        }
        reader.setVariable(LineReader.HISTORY_FILE, previousFile);
        reader.setHistory(previousHistory);
        reader.setCompleter(previousCompleter);
    }
}
