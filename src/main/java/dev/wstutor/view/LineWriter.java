package dev.wstutor.view;

import java.io.Writer;
import java.util.function.Consumer;

/**
 * A Writer that hands on whole lines only. Under a {@link java.io.PrintWriter} (which locks per call) a
 * network thread's {@code println} can then never land in the middle of another line or of a prompt.
 */
public final class LineWriter extends Writer {
    private final Consumer<String> sink;
    private final StringBuilder pending = new StringBuilder();

    public LineWriter(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void write(char[] buf, int off, int len) {
        synchronized (lock) {
            for (int i = off; i < off + len; i++) {
                char ch = buf[i];
                if (ch == '\n') {
                    int end = pending.length();
                    if (end > 0 && pending.charAt(end - 1) == '\r') {
                        pending.setLength(end - 1);
                    }
                    sink.accept(pending.toString());
                    pending.setLength(0);
                } else {
                    pending.append(ch);
                }
            }
        }
    }

    /** A partial line waits for its end: printing it now would put a line break where the author put none. */
    @Override
    public void flush() {
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (pending.length() > 0) {
                sink.accept(pending.toString());
                pending.setLength(0);
            }
        }
    }
}
