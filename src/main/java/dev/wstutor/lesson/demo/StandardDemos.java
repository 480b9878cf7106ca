package dev.wstutor.lesson.demo;

import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoRegistry;
import dev.wstutor.lesson.drill.FrameDrillDemo;
import dev.wstutor.lesson.live.LiveDemos;
import java.util.List;

/**
 * The one place that names every demo lessons may use, and wires in the ones this build implements.
 * A name listed here without code behind it still lets lessons load; running it prints one line saying so.
 */
public final class StandardDemos {
    /** Every demo name a lesson file may use after {@code ```demo}. */
    public static final List<String> NAMES = List.of(
            "accept",             // Sec-WebSocket-Accept for a given key, step by step (AcceptDemo)
            "handshake-request",  // the live client's upgrade request, header by header
            "handshake-response", // the server's 101 Switching Protocols
            "accept-derivation",  // the accept value derived from the captured key
            "frames",             // messages as frames both ways: masked from the client, unmasked from the server
            "connection",         // the one persistent TCP connection and its ports
            "ping",               // ping and pong control frames
            "close",              // the closing handshake with code 1000
            "try-it",             // the learner's own messages over the live connection
            "bad-handshake",      // a bad version or a missing Upgrade header, and the server's real answer
            "server-push",        // the server sends while the client stays silent
            "frame-anatomy",      // chosen frames sent live (fragmented, binary, 16/64-bit length, ping, RSV1), field by field
            "frame-drill",        // fresh frames to decode by hand, each field checked (FrameDrillDemo)
            "push-vs-polling");   // one stream of events by WebSocket push and by HTTP polling, measured

    private StandardDemos() {
    }

    public static DemoRegistry registry() {
        DemoRegistry registry = DemoRegistry.declaring(NAMES).with(new AcceptDemo()).with(new FrameDrillDemo());
        for (Demo demo : LiveDemos.all()) {
            registry = registry.with(demo);
        }
        return registry;
    }
}
