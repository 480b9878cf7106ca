package dev.wstutor.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Where answers come from: JLine in a terminal, plain lines from stdin otherwise. Null means "stop". */
interface AnswerInput extends Closeable {
    /** The longest answer line kept; the rest of the line is read and dropped. */
    int MAX_LINE = 1 << 20;

    String read(String prompt) throws IOException;

    boolean interactive();

    @Override
    default void close() throws IOException {
    }

    /** Removes control characters (an ESC, a NUL, a pasted backspace) but keeps tabs as spaces. */
    static String clean(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * One answer per line from a stream. Bytes that are not UTF-8 become U+FFFD rather than an error,
     * and a line longer than {@link #MAX_LINE} characters is cut, so no input can exhaust memory.
     */
    final class Plain implements AnswerInput {
        private final Reader in;

        Plain(InputStream in) {
            this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String read(String prompt) throws IOException {
            StringBuilder b = new StringBuilder();
            int c;
            boolean any = false;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (b.length() < MAX_LINE) {
                    b.append((char) c);
                }
            }
            if (!any) {
                return null;
            }
            int len = b.length();
            if (len > 0 && b.charAt(len - 1) == '\r') {
                b.setLength(len - 1);
            }
            return b.toString();
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }

    /** A terminal learner: line editing and history; Ctrl-D and Ctrl-C stop the quiz with the score so far. */
    final class Console implements AnswerInput {
        private final Terminal terminal;
        private final LineReader reader;

        Console() throws IOException {
            terminal = TerminalBuilder.builder().system(true).build();
            reader = LineReaderBuilder.builder().terminal(terminal)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" is text in an answer
                    .build();
        }

        @Override
        public String read(String prompt) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            }
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public void close() throws IOException {
            terminal.close();
        }
    }
}
