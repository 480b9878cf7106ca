package dev.wstutor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wstutor in its own JVM, as a user runs it: stdin a pipe, stdout and stderr read line by line. Commands that
 * read stdin run this way so that they never touch the test JVM's own stdin.
 */
final class WstutorProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on wss?://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final List<String> outSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final BlockingQueue<String> err = new LinkedBlockingQueue<>();
    private final List<String> errSeen = new java.util.concurrent.CopyOnWriteArrayList<>();

    private WstutorProcess(Process process) {
        this.process = process;
        pump(process.getInputStream(), out, "stdout");
        pump(process.getErrorStream(), err, "stderr");
    }

    static WstutorProcess start(Path home, String... args) throws IOException {
        return start(home, List.of(), args);
    }

    /**
     * Like {@link #start(Path, String...)} with the JVM options scripts/wstutor gives {@code serve} and
     * {@code inspect} (its serial collector and capped heap), read from the launcher itself so that a memory
     * attack runs against the heap a user's server really has.
     */
    static WstutorProcess startWithLauncherHeap(Path home, String... args) throws IOException {
        return start(home, launcherServerOptions(), args);
    }

    static List<String> launcherServerOptions() throws IOException {
        Path launcher = Path.of(System.getProperty("wstutor.projectDir", "."), "scripts", "wstutor");
        for (String line : java.nio.file.Files.readAllLines(launcher)) {
            Matcher m = Pattern.compile("serve\\|inspect\\) opts\\+=\\(([^)]*)\\)").matcher(line);
            if (m.find()) {
                return List.of(m.group(1).trim().split("\\s+"));
            }
        }
        throw new AssertionError("scripts/wstutor no longer sets JVM options for serve|inspect");
    }

    static WstutorProcess start(Path home, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("WSTUTOR_HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        return new WstutorProcess(pb.start());
    }

    private static void pump(InputStream in, BlockingQueue<String> into, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    into.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "wstutor-" + name);
        t.setDaemon(true);
        t.start();
    }

    /** Writes lines to stdin; {@code end} closes it. */
    void type(boolean end, String... lines) throws IOException {
        OutputStream in = process.getOutputStream();
        for (String l : lines) {
            in.write((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        in.flush();
        if (end) {
            in.close();
        }
    }

    /** The next stdout line, waiting at most 10 s; null on time-out. */
    String nextLine() throws InterruptedException {
        String l = out.poll(10, TimeUnit.SECONDS);
        if (l != null) {
            outSeen.add(l);
        }
        return l;
    }

    /** Reads stdout until a line matches; null when none did within 10 s. */
    String awaitLine(Predicate<String> match) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String l = out.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (l == null) {
                return null;
            }
            outSeen.add(l);
            if (match.test(l)) {
                return l;
            }
        }
        return null;
    }

    /** The port from a first line "listening on ws://127.0.0.1:PORT/". */
    int listeningPort() throws InterruptedException {
        String first = nextLine();
        Matcher m = first == null ? null : LISTENING.matcher(first);
        if (m == null || !m.matches()) {
            throw new AssertionError("first line is not 'listening on ws://127.0.0.1:PORT/': " + first + " / stderr: " + err);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Ctrl-C, as a terminal sends it; SIGTERM (handled the same way) where there is no kill command. */
    void interrupt() throws InterruptedException {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException noKillCommand) {
            process.destroy();
        }
    }

    /** Exit code, or -1 if it did not end within {@code seconds}. */
    int waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** Every stdout line read so far plus what is still queued. */
    List<String> stdout() {
        List<String> all = new ArrayList<>(outSeen);
        out.drainTo(all);
        outSeen.clear();
        outSeen.addAll(all);
        return all;
    }

    /** Reads stderr until a line matches; null when none did within {@code seconds}. */
    String awaitErr(Predicate<String> match, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (String l : errSeen) {
            if (match.test(l)) {
                return l;
            }
        }
        while (System.nanoTime() < deadline) {
            String l = err.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (l == null) {
                return null;
            }
            errSeen.add(l);
            if (match.test(l)) {
                return l;
            }
        }
        return null;
    }

    /** Reads stdout until a line matches, waiting at most {@code seconds}; null when none did. */
    String awaitLine(Predicate<String> match, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (String l : outSeen) {
            if (match.test(l)) {
                return l;
            }
        }
        while (System.nanoTime() < deadline) {
            String l = out.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (l == null) {
                return null;
            }
            outSeen.add(l);
            if (match.test(l)) {
                return l;
            }
        }
        return null;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    List<String> stderr() {
        List<String> all = new ArrayList<>(errSeen);
        err.drainTo(all);
        errSeen.clear();
        errSeen.addAll(all);
        return new ArrayList<>(all);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
