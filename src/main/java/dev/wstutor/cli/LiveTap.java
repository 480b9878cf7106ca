package dev.wstutor.cli;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.WebSocketProtocol;
import dev.wstutor.event.Direction;
import dev.wstutor.event.EventLog;
import dev.wstutor.net.Peer;
import dev.wstutor.net.TapClient;
import dev.wstutor.net.TapServer;
import dev.wstutor.event.WireEvent;
import dev.wstutor.quiz.AnswerKey;
import dev.wstutor.quiz.Capture;
import dev.wstutor.quiz.LiveInstance;
import dev.wstutor.quiz.LiveQuestions;
import dev.wstutor.quiz.Presenter;
import dev.wstutor.quiz.Question;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Takes the capture a live question asks about: starts the tapped server on 127.0.0.1 (any free port),
 * connects a tapped client, does what the probe says with fresh random values, and waits (never longer
 * than {@link #WAIT}) for the frame or handshake to be seen on the wire.
 */
final class LiveTap implements Presenter.LiveLab {
    static final Duration WAIT = Duration.ofSeconds(5);
    private static final String[] WORDS = {"hello", "ping", "stock", "chat", "sensor", "price", "news", "score",
        "update", "alert", "frame", "socket", "relay", "beacon", "ticker", "status"};
    /**
     * What the client says and how the server closes in answer: a code carries meaning (RFC 6455 7.4.1), so each
     * story pairs a message with the code and reason that fit it. A message over the limit is made long below.
     */
    private record CloseStory(String sent, CloseCode code, String reason) {
    }

    private static final List<CloseStory> CLOSE_STORIES = List.of(
            new CloseStory("bye", CloseCode.NORMAL, "bye, see you"),
            new CloseStory("status?", CloseCode.GOING_AWAY, "server shutting down"),
            new CloseStory("hello", CloseCode.UNSUPPORTED_DATA, "this endpoint takes binary only"),
            new CloseStory("admin: drop table", CloseCode.POLICY_VIOLATION, "not allowed for guests"),
            new CloseStory(null, CloseCode.MESSAGE_TOO_BIG, "messages are limited to 64 bytes"),
            new CloseStory("get score", CloseCode.INTERNAL_ERROR, "the score service failed"),
            new CloseStory("subscribe prices", CloseCode.SERVICE_RESTART, "restarting, reconnect in 5 s"),
            new CloseStory("subscribe prices", CloseCode.TRY_AGAIN_LATER, "overloaded, try again later"));

    private final Random random;

    LiveTap(Random random) {
        this.random = random;
    }

    @Override
    public LiveInstance make(Question q) throws Exception {
        AnswerKey.Live key = (AnswerKey.Live) q.key();
        return LiveQuestions.make(q, capture(key.probe()), random);
    }

    Capture capture(String probe) throws IOException, InterruptedException {
        EventLog serverLog = new EventLog();
        EventLog clientLog = new EventLog();
        String serverText = randomText(random.nextBoolean() ? 5 + random.nextInt(100) : WebSocketProtocol.PAYLOAD_LONG_16 + random.nextInt(400));
        CloseStory story = CLOSE_STORIES.get(random.nextInt(CLOSE_STORIES.size()));
        String sent = story.sent() != null ? story.sent() : randomText(65 + random.nextInt(40));
        TapServer.Handler handler = new TapServer.Handler() {
            @Override
            public void opened(Peer peer) {
                if (probe.equals("server-text")) {
                    peer.send(serverText); // a push: the client has asked for nothing
                }
            }

            @Override
            public void text(Peer peer, String text) {
                // Closing in opened() would race the client's own handshake check, so the client asks first.
                if (probe.equals("server-close")) {
                    peer.close(story.code().code(), story.reason());
                }
            }
        };
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), serverLog, handler, System::nanoTime)) {
            TapClient client = TapClient.connect(URI.create(server.url() + WORDS[random.nextInt(WORDS.length)]),
                    TapClient.Options.defaults().withTimeout(WAIT), clientLog, new TapClient.Handler() { }, System::nanoTime);
            try {
                String request = handshake(serverLog);
                String response = handshake(clientLog);
                Frame frame = switch (probe) {
                    case "client-text" -> {
                        client.send(randomText(3 + random.nextInt(60)));
                        yield frame(serverLog, f -> f.is(Opcode.TEXT));
                    }
                    case "server-text" -> frame(clientLog, f -> f.is(Opcode.TEXT));
                    case "server-close" -> {
                        client.send(sent);
                        yield frame(clientLog, f -> f.is(Opcode.CLOSE));
                    }
                    case "ping" -> {
                        client.ping(randomText(4 + random.nextInt(20)).getBytes(StandardCharsets.UTF_8));
                        yield frame(clientLog, f -> f.is(Opcode.PONG));
                    }
                    case "handshake" -> null;
                    default -> throw new IllegalArgumentException("unknown live probe '" + probe + "'");
                };
                return new Capture(request, response, frame, probe.equals("server-close") ? sent : "");
            } finally {
                client.close();
            }
        }
    }

    private static String handshake(EventLog log) throws InterruptedException, IOException {
        return log.await(0, WireEvent.HandshakeSeen.class, h -> h.direction() == Direction.IN, WAIT)
                .orElseThrow(() -> new IOException("no handshake seen within " + WAIT.toSeconds() + " s")).raw();
    }

    private static Frame frame(EventLog log, Predicate<Frame> match) throws InterruptedException, IOException {
        return log.await(0, WireEvent.FrameSeen.class, f -> f.direction() == Direction.IN && match.test(f.frame()), WAIT)
                .orElseThrow(() -> new IOException("no frame seen within " + WAIT.toSeconds() + " s")).frame();
    }

    /** Words and a number, cut or padded to exactly {@code length} ASCII characters. */
    private String randomText(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(sb.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]).append(' ')
                    .append(random.nextInt(1000));
        }
        return sb.substring(0, length);
    }
}
