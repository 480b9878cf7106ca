package dev.wstutor.live;

import dev.wstutor.event.Direction;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.WebSocketProtocol;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * What a live quiz question captures on the {@link LiveLab}, each with fresh random values so that no two askings
 * show the same bytes. A probe is named once, by its constant: {@code CLIENT_TEXT} is {@code client-text} in a
 * question file; adding one means adding a constant here.
 */
public enum Probe {
    /** The client sends a text message: a masked frame, as the server received it. */
    CLIENT_TEXT {
        @Override
        Frame take(LiveLab lab, Random random) throws IOException, InterruptedException {
            int from = lab.serverLog().size();
            lab.send(randomText(random, 3 + random.nextInt(60)));
            return lab.serverFrame(from, Direction.IN, Opcode.TEXT).frame();
        }
    },
    /** The server pushes a text message, short or long enough for the 16-bit length form: as the client received it. */
    SERVER_TEXT {
        @Override
        Frame take(LiveLab lab, Random random) throws IOException, InterruptedException {
            int from = lab.clientLog().size();
            lab.broadcast(randomText(random, random.nextBoolean() ? 5 + random.nextInt(100) : WebSocketProtocol.PAYLOAD_LONG_16 + random.nextInt(400)));
            return lab.clientReceived(from, Opcode.TEXT);
        }
    },
    /**
     * The client says something and the server closes in answer, with the code and reason that fit what was said
     * (a code carries meaning, RFC 6455 7.4.1): its Close frame as the client received it.
     */
    SERVER_CLOSE {
        @Override
        Frame take(LiveLab lab, Random random) throws IOException, InterruptedException {
            CloseStory story = CLOSE_STORIES.get(random.nextInt(CLOSE_STORIES.size()));
            String sent = story.sent() != null ? story.sent() : randomText(random, 65 + random.nextInt(40));
            lab.lastSent = sent;
            int serverFrom = lab.serverLog().size();
            int from = lab.clientLog().size();
            lab.send(sent);
            lab.serverFrame(serverFrom, Direction.IN, Opcode.TEXT); // the server has read it; now it answers
            lab.closeFromServer(story.code().code(), story.reason());
            return lab.clientReceived(from, Opcode.CLOSE);
        }
    },
    /** The client pings; the server's library answers with a pong, as the client received it. */
    PING {
        @Override
        Frame take(LiveLab lab, Random random) throws IOException, InterruptedException {
            int from = lab.clientLog().size();
            lab.ping(randomText(random, 4 + random.nextInt(20)).getBytes(StandardCharsets.UTF_8));
            return lab.clientReceived(from, Opcode.PONG);
        }
    },
    /** Only the opening handshake (no frame). */
    HANDSHAKE {
        @Override
        Frame take(LiveLab lab, Random random) {
            return null;
        }
    };

    private static final String[] WORDS = {"hello", "ping", "stock", "chat", "sensor", "price", "news", "score",
        "update", "alert", "frame", "socket", "relay", "beacon", "ticker", "status"};
    /** What the client says and how the server closes in answer; a null message is made longer than the limit. */
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

    /** The frame of interest, or null when the handshake is all there is to see. */
    abstract Frame take(LiveLab lab, Random random) throws IOException, InterruptedException;

    /** The name question files use: {@code client-text}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Probe> named(String label) {
        return Arrays.stream(values()).filter(p -> p.label().equals(label)).findFirst();
    }

    /** A path word for a fresh connection, so the request line differs between askings. */
    public static String randomPath(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** Words and a number, cut or padded to exactly {@code length} ASCII characters. */
    static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(sb.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]).append(' ')
                    .append(random.nextInt(1000));
        }
        return sb.substring(0, length);
    }
}
