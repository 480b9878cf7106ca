package dev.wstutor.quiz;

import dev.wstutor.live.Capture;
import dev.wstutor.live.Probe;
import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.Opcode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a live question asks about its capture, and on which probes that makes sense. Named once, by the constant
 * ({@code MASKING_KEY} is {@code masking-key} in a question file); the probe/ask pairs a question may use follow
 * from {@link #on}.
 */
public enum LiveAsk {
    OPCODE(EnumSet.of(Probe.CLIENT_TEXT, Probe.PING)) {
        @Override
        Answer answer(Capture c, Random random) {
            int op = c.frame().opcode();
            String label = Opcode.of(op).map(Opcode::label).orElse("reserved");
            return new Answer(List.of(), List.of(Integer.toString(op), "0x" + Integer.toHexString(op), label,
                    Integer.toHexString(op), "0x" + Integer.toHexString(op) + " " + label, op + " " + label),
                    op + " (0x" + Integer.toHexString(op).toUpperCase(Locale.ROOT) + ", " + label + ")");
        }
    },
    MASKED(EnumSet.of(Probe.CLIENT_TEXT)) {
        @Override
        Answer answer(Capture c, Random random) {
            boolean m = c.frame().masked();
            return new Answer(List.of(), m ? List.of("yes", "y", "true", "masked", "yes masked", "it is masked")
                    : List.of("no", "n", "false", "unmasked", "not masked", "no unmasked"), m ? "yes" : "no");
        }
    },
    MASKING_KEY(EnumSet.of(Probe.CLIENT_TEXT)) {
        @Override
        Answer answer(Capture c, Random random) {
            String hex = Hex.format(c.frame().maskingKey());
            return new Answer(List.of(), List.of(hex, hex.replace(" ", ""), "0x" + hex.replace(" ", "")), hex);
        }
    },
    LENGTH(EnumSet.of(Probe.SERVER_TEXT)) {
        @Override
        Answer answer(Capture c, Random random) {
            String n = Long.toString(c.frame().payloadLength());
            return new Answer(List.of(), List.of(n), n);
        }
    },
    CLOSE_CODE(EnumSet.of(Probe.SERVER_CLOSE)) {
        @Override
        Answer answer(Capture c, Random random) {
            // An empty Close body is allowed (5.5.1); a receiver reports it as 1005, which is never sent (7.4.1).
            String code = Integer.toString(c.frame().closeBody().map(b -> b.code()).orElse(CloseCode.NO_STATUS.code()));
            return new Answer(List.of(), List.of(code), code);
        }
    },
    ACCEPT(EnumSet.of(Probe.HANDSHAKE)) {
        @Override
        Answer answer(Capture c, Random random) {
            String key = LiveQuestions.header(c.request(), "Sec-WebSocket-Key");
            String right = LiveQuestions.header(c.response(), "Sec-WebSocket-Accept");
            List<String> options = new ArrayList<>(List.of(right, decoyWithoutGuid(key), decoyOtherKey(random)));
            Collections.shuffle(options, random);
            String letter = String.valueOf((char) ('a' + options.indexOf(right)));
            return new Answer(List.copyOf(options), List.of(letter), letter + ") " + right);
        }
    };

    /** The options shown (pick-one asks only), the answers accepted, and the one shown as right. */
    record Answer(List<String> options, List<String> accepted, String shown) {
    }

    private final Set<Probe> on;

    LiveAsk(Set<Probe> on) {
        this.on = on;
    }

    abstract Answer answer(Capture c, Random random);

    /** The name question files use: {@code masking-key}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LiveAsk> named(String label) {
        return Arrays.stream(values()).filter(a -> a.label().equals(label)).findFirst();
    }

    /** Every probe/ask pair a question may name, e.g. {@code client-text/opcode}. */
    public static Set<String> pairs() {
        Set<String> out = new TreeSet<>();
        for (LiveAsk ask : values()) {
            for (Probe probe : ask.on) {
                out.add(probe.label() + "/" + ask.label());
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** A plausible wrong answer: the key hashed without the GUID. */
    private static String decoyWithoutGuid(String key) {
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-1").digest(key.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** Another plausible wrong answer: the right computation, for some other key. */
    private static String decoyOtherKey(Random random) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return AcceptKey.accept(AcceptKey.keyFrom(b));
    }
}
