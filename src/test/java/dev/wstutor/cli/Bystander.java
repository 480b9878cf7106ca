package dev.wstutor.cli;

import dev.wstutor.event.WireListener;
import dev.wstutor.net.TapClient;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An ordinary client (Java-WebSocket through wstutor's own client) that connects while an attack runs and
 * measures the round trip of an echo: the proof that one hostile peer does not take the server from the others.
 */
final class Bystander {
    private Bystander() {
    }

    /** Connects, sends one text, and returns how long the echo took (connect included); fails after 5 s. */
    static Duration echo(int port) throws Exception {
        long start = System.nanoTime();
        BlockingQueue<String> echoes = new ArrayBlockingQueue<>(4);
        TapClient client = TapClient.connect(URI.create("ws://127.0.0.1:" + port + "/"),
                TapClient.Options.defaults().withTimeout(Duration.ofSeconds(5)), WireListener.NONE, new TapClient.Handler() {
                    @Override
                    public void text(String text) {
                        echoes.offer(text);
                    }
                }, System::nanoTime);
        try {
            client.send("bystander");
            String back = echoes.poll(5, TimeUnit.SECONDS);
            if (!"bystander".equals(back)) {
                throw new AssertionError("no echo within 5 s, got " + back);
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } finally {
            client.close();
        }
    }

    /** Asserts an echo within 1 s, as the issue asks of every attack. */
    static Duration servedWithinOneSecond(int port) throws Exception {
        Duration d = echo(port);
        if (d.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new AssertionError("the ordinary client waited " + d.toMillis() + " ms for its echo");
        }
        return d;
    }
}
