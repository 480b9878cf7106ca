package dev.wstutor.live;

import dev.wstutor.event.Direction;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
            lab.broadcast(randomText(random, random.nextBoolean() ? 5 + random.nextInt(100) : 126 + random.nextInt(400)));
            return lab.clientReceived(from, Opcode.TEXT);
        }
    },
    /** The server closes the connection with a code and a reason: its Close frame as the client received it. */
    SERVER_CLOSE {
        @Override
        Frame take(LiveLab lab, Random random) throws IOException, InterruptedException {
            int from = lab.clientLog().size();
            lab.closeFromServer(CLOSE_CODES[random.nextInt(CLOSE_CODES.length)], WORDS[random.nextInt(WORDS.length)] + " done");
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
    private static final int[] CLOSE_CODES = {1000, 1001, 1003, 1008, 1009, 1011};

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
