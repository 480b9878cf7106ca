package dev.wstutor.cli;

import dev.wstutor.view.LineSink;
import dev.wstutor.view.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** A terminal console: history kept under WSTUTOR_HOME, frames printed above the prompt while the user types. */
final class JLineConsole implements Console {
    private final Terminal terminal;
    private final LineReader reader;
    private volatile boolean woken;

    private JLineConsole(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    static JLineConsole open(Path history) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true); // '!' is data here, not history expansion
        if (history != null) {
            try {
                Files.createDirectories(history.getParent());
                builder.variable(LineReader.HISTORY_FILE, history);
            } catch (IOException | RuntimeException e) {
                // no history then; the session itself works without it
            }
        }
        return new JLineConsole(terminal, builder.build());
    }

    @Override
    public Input readLine(String prompt) {
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
    public LineSink sink() {
        return text -> reader.printAbove(Printable.line(text));
    }

    @Override
    public void wake() {
        woken = true;
        // JLine ends a pending readLine on INT; raising it ourselves is how another thread ends the prompt.
        terminal.raise(Terminal.Signal.INT);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException | RuntimeException e) {
            // history is a convenience; losing it must not fail the command
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }
}
