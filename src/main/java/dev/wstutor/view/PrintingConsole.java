package dev.wstutor.view;

import java.io.PrintWriter;

/** Output only: every line printed whole, nothing ever waited for. {@link Console#printing} makes one. */
final class PrintingConsole implements Console {
    private final PrintWriter target;
    private final PrintWriter out;
    private final int width;

    PrintingConsole(PrintWriter target, int width) {
        this.target = target;
        this.width = width;
        this.out = new PrintWriter(new LineWriter(this::show), true);
    }

    @Override
    public Input read(String prompt) {
        return new End();
    }

    @Override
    public void show(String line) {
        synchronized (target) {
            target.println(Printable.line(line));
            target.flush();
        }
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void wake() {
    }
}
