package dev.wstutor.cli;

import dev.wstutor.view.LineSink;
import dev.wstutor.view.Printable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Lines from a pipe or file, output to stdout. A daemon thread reads stdin, so that {@link #wake()} can end a
 * wait for input that may never come (the connection closed while the pipe stays open).
 */
final class PlainConsole implements Console {
    private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
    private final PrintWriter out;
    private final Thread reader;

    PlainConsole(InputStream in, PrintWriter out) {
        this.out = out;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
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

    @Override
    public Input readLine(String prompt) {
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
    public LineSink sink() {
        return text -> {
            synchronized (out) {
                out.println(Printable.line(text));
                out.flush();
            }
        };
    }

    @Override
    public void wake() {
        inputs.add(new Woken());
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public void close() {
        out.flush();
    }
}
