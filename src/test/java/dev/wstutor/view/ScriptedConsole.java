package dev.wstutor.view;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** A console whose keystrokes are written in advance; prompts and replies are recorded in the transcript. */
public final class ScriptedConsole implements Console {
    private final boolean interactive;
    private final Deque<String> replies;
    private final StringWriter transcript = new StringWriter();
    private final PrintWriter out = new PrintWriter(new LineWriter(this::show), true);
    public final List<String> prompts = new ArrayList<>();

    /** A person at a terminal typing {@code replies}, one per prompt. */
    public ScriptedConsole(String... replies) {
        this(true, replies);
    }

    /** {@code interactive} false: a pipe whose lines are {@code replies}. */
    public ScriptedConsole(boolean interactive, String... replies) {
        this.interactive = interactive;
        this.replies = new ArrayDeque<>(Arrays.asList(replies));
    }

    @Override
    public Input read(String prompt) {
        prompts.add(prompt);
        String reply = replies.poll();
        show(prompt + (reply == null ? "<end of input>" : reply));
        return reply == null ? new End() : new Line(reply);
    }

    @Override
    public synchronized void show(String line) {
        transcript.write(line + "\n");
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public int width() {
        return 80;
    }

    @Override
    public void wake() {
    }

    public synchronized String transcript() {
        return transcript.toString();
    }
}
