package dev.wstutor.lesson;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** An interactive learner whose keystrokes are written in advance; prompts are recorded in the transcript. */
final class ScriptedLearner implements Learner {
    private final Deque<String> replies;
    private final StringWriter transcript = new StringWriter();
    private final PrintWriter out = new PrintWriter(transcript, true);
    final List<String> prompts = new ArrayList<>();

    ScriptedLearner(String... replies) {
        this.replies = new ArrayDeque<>(Arrays.asList(replies));
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        prompts.add(prompt);
        String reply = replies.poll();
        out.println(prompt + (reply == null ? "<end of input>" : reply));
        return Optional.ofNullable(reply);
    }

    @Override
    public int width() {
        return 80;
    }

    String transcript() {
        return transcript.toString();
    }
}
