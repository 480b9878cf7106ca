package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real terminal for tests: wstutor runs in a tmux session, keys are sent as a person presses them and the screen
 * is read back. A terminal offers no event to wait on, so {@link #waitFor} polls the screen.
 */
final class Tmux implements AutoCloseable {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String session;

    Tmux(String name) {
        this.session = "wstutor-" + name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * A shell command running wstutor's main class from the test class path with {@code WSTUTOR_HOME} set, then
     * printing {@code <exitName>=<status>} and staying open so the last screen can still be read.
     */
    static String wstutor(Path home, String env, String jvmOptions, String args, String exitName) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return "env WSTUTOR_HOME=" + quote(home.toString()) + (env.isEmpty() ? "" : " " + env) + " " + quote(java)
                + " -cp " + quote(System.getProperty("java.class.path")) + (jvmOptions.isEmpty() ? "" : " " + jvmOptions)
                + " dev.wstutor.cli.Main " + args + "; echo " + exitName + "=$?; sleep 60";
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Starts the session with one window of the given size running {@code command}. The pane is kept after the
     * program exits (remain-on-exit, set before the program starts), so a program that ends early leaves its last
     * screen to read instead of taking the session, and perhaps the tmux server, with it.
     */
    void start(int width, int height, String command) throws Exception {
        run("new-session", "-d", "-s", session, "-x", String.valueOf(width), "-y", String.valueOf(height), "sleep 600");
        run("set-option", "-t", session, "remain-on-exit", "on");
        run("respawn-pane", "-k", "-t", session, command);
    }

    /** True once the program in {@code target} has ended (its pane is kept, see {@link #start}). */
    boolean ended(String target) throws Exception {
        return run("display-message", "-p", "-t", target, "#{pane_dead}").strip().equals("1");
    }

    /** Splits the window side by side; the new pane runs {@code command} (kept after it exits, as in start). */
    void split(String command) throws Exception {
        run("split-window", "-h", "-t", session, command);
    }

    /** The target naming pane {@code n} of the first window. */
    String pane(int n) {
        return session + ":0." + n;
    }

    String session() {
        return session;
    }

    /** Keys as tmux names them: text, "Enter", "C-c", "C-d". */
    void send(String target, String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", target));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** Keys sent to the session's active pane. */
    void press(String... keys) throws Exception {
        send(session, keys);
    }

    /** The screen of {@code target} with its recent history, wrapped lines joined. */
    String screen(String target) throws Exception {
        return run("capture-pane", "-p", "-J", "-S", "-200", "-t", target);
    }

    /** Polls {@code target}'s screen until it shows {@code text}, and returns that screen. */
    String waitFor(String target, String text) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            boolean ended = ended(target);
            screen = screen(target);
            if (screen.contains(text)) {
                return screen;
            }
            if (ended) {
                fail("the program ended before the screen showed '" + text + "'; its last screen:\n" + screen);
            }
            Thread.sleep(100);
        }
        fail("the screen never showed '" + text + "':\n" + screen);
        return screen;
    }

    String waitFor(String text) throws Exception {
        return waitFor(session, text);
    }

    /** Ends the session and what runs in it; the same name can be started again. */
    @Override
    public void close() throws IOException {
        try {
            run("kill-session", "-t", session);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("tmux");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
