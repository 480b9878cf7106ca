package dev.wstutor.net;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real peer from scripts/peers (npm ws, or a raw node server) in its own process. Tests that need one are
 * skipped, saying how to install it, only when scripts/peers/node_modules is missing.
 */
public final class NodePeer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (?:wss?|http)://127\\.0\\.0\\.1:(\\d+)/");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile int port;

    private NodePeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static Path peersDir() {
        return Path.of(System.getProperty("wstutor.projectDir", "."), "scripts", "peers");
    }

    /** Skips the calling test when the npm peers are not installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isDirectory(peersDir().resolve("node_modules").resolve("ws")),
                "npm ws is not installed: run 'npm ci --prefix scripts/peers' (as .ci/run does) to run this test");
    }

    /** Starts a server script and waits for its "listening on ws://127.0.0.1:PORT/" (or http://) line. */
    public static NodePeer server(String script, String... args) throws IOException, InterruptedException {
        NodePeer p = start(script, args);
        String first = p.lines.poll(15, TimeUnit.SECONDS);
        Matcher m = first == null ? null : LISTENING.matcher(first);
        if (m == null || !m.find()) {
            p.close();
            throw new IllegalStateException(script + " did not say where it listens: " + first);
        }
        p.port = Integer.parseInt(m.group(1));
        return p;
    }

    /** Starts a client script; read its JSON lines with {@link #output}. */
    public static NodePeer client(String script, String... args) throws IOException {
        return start(script, args);
    }

    private static NodePeer start(String script, String... args) throws IOException {
        assumeInstalled();
        List<String> command = new ArrayList<>(List.of("node", peersDir().resolve(script).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        NodePeer peer = new NodePeer(process, -1);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    peer.lines.add(line);
                    synchronized (peer.lines) {
                        peer.lines.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "node-peer-" + script);
        reader.setDaemon(true);
        reader.start();
        return peer;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "ws://127.0.0.1:" + port + "/";
    }

    /** The same server as a wss:// URL: for a TLS peer. */
    public String wssUrl() {
        return "wss://127.0.0.1:" + port + "/";
    }

    /** The same server as an http:// URL: where a Socket.IO client starts. */
    public String httpUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** Waits until the process printed a line that contains {@code text}; the line, or null after 10 s. */
    public String awaitLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (String seen : output()) {
            if (seen.contains(text)) {
                return seen;
            }
        }
        int from = lines.size();
        while (System.nanoTime() < deadline) {
            synchronized (lines) {
                lines.wait(50);
            }
            List<String> now = output();
            for (int i = from; i < now.size(); i++) {
                if (now.get(i).contains(text)) {
                    return now.get(i);
                }
            }
            from = now.size();
        }
        return null;
    }

    /** Waits for the process to end (at most {@code seconds}) and returns its exit code, or -1 on time-out. */
    public int waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** Every line the process printed so far. */
    public List<String> output() {
        return new ArrayList<>(lines);
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
