package dev.wstutor.lesson.sio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.SocketIoLab;
import java.io.IOException;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A demo that runs on a Socket.IO lab of its own: wstutor's Socket.IO server on 127.0.0.1 and a free port, started
 * for the demo and closed after it, so its sessions are numbered from #1 and no earlier step's clients are around.
 */
abstract class OnOwnSocketIoLab implements Demo {
    private static final String[] WORDS = {"pizza", "tea", "rain", "bikes", "jazz", "maps", "kites", "ramen", "chess",
        "tides", "owls", "comets", "lemons", "trains", "clouds", "drums"};
    private final String name;

    OnOwnSocketIoLab(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final void run(DemoContext ctx) throws Exception {
        try (SocketIoLab lab = open()) {
            run(ctx, lab);
        }
        ctx.out().flush();
    }

    /** The lab this demo needs; socket.io's default heartbeat unless a demo wants to show pings. */
    SocketIoLab open() throws IOException {
        return SocketIoLab.open();
    }

    abstract void run(DemoContext ctx, SocketIoLab lab) throws Exception;

    static void print(DemoContext ctx, List<String> lines) {
        for (String line : lines) {
            ctx.out().println(line);
        }
        ctx.out().flush();
    }

    static JsonNode text(String s) {
        return new TextNode(s);
    }

    /** A short chat line that differs from run to run, so no two runs put the same bytes on the wire. */
    static String chatLine(RandomGenerator random) {
        return "who likes " + WORDS[random.nextInt(WORDS.length)] + "? (" + (1 + random.nextInt(99)) + ")";
    }

    static IOException missing(String what) {
        return new IOException("no " + what + " within " + SocketIoLab.WAIT.toSeconds() + " s");
    }
}
