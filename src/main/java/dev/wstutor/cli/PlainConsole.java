package dev.wstutor.cli;

import dev.wstutor.view.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Lines from a pipe or file, output to stdout. A daemon thread reads stdin, so that {@link #wake()} can end a
 * wait for input that may never come (the connection closed while the pipe stays open). Bytes that are not UTF-8
 * become U+FFFD, and a line longer than {@link #MAX_LINE} characters is cut, so no input can exhaust memory.
 */
final class PlainConsole implements Console {
    /** The longest line kept; the rest of the line is read and dropped. */
    static final int MAX_LINE = 1 << 20;
    private static final int WIDTH = 80;

    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final PrintWriter target;
    private final Console printing;

    PlainConsole(InputStream in, PrintWriter target) {
        this.target = target;
        this.printing = Console.printing(target, WIDTH);
        Thread reader = new Thread(() -> {
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                String line;
                while ((line = readLine(r)) != null) {
                    inputs.add(new Line(line));
                }
            } catch (IOException e) {
                // treated as the end of input
            }
            inputs.add(new End());
        }, "wstutor-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    private static String readLine(Reader in) throws IOException {
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
    public Input read(String prompt) {
        try {
            Input next = inputs.take();
            if (next instanceof End || next instanceof Woken) {
                inputs.add(next); // every later read sees the end too
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Interrupt();
        }
    }

    @Override
    public void show(String line) {
        printing.show(line);
    }

    @Override
    public PrintWriter out() {
        return printing.out();
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public int width() {
        return printing.width();
    }

    @Override
    public void wake() {
        inputs.add(new Woken());
    }

    @Override
    public void close() {
        target.flush();
    }
}
