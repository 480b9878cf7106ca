package dev.wstutor.quiz;

import dev.wstutor.wire.WebSocketProtocol;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.Opcode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Turns a real capture into a live question: fills the question's placeholders ({bytes}, {request},
 * {response}, {answer}, {text}...) and works out the right answer from the captured bytes themselves.
 * Pure; the capture is taken by whoever runs the server and client (see the cli's LiveTap).
 */
public final class LiveQuestions {
    /** probe/ask pairs a question may name. The probe says what to capture, the ask what to ask about it. */
    public static final Set<String> PROBES = Set.of("client-text/opcode", "client-text/masked",
            "client-text/masking-key", "server-text/length", "server-close/close-code", "handshake/accept",
            "ping/opcode");

    /** The longest stretch of payload shown; the header is always shown whole. */
    private static final int SHOWN_PAYLOAD = 24;

    private LiveQuestions() {
    }

    public static LiveInstance make(Question q, Capture c, Random random) {
        AnswerKey.Live key = (AnswerKey.Live) q.key();
        Frame f = c.frame();
        List<String> options = List.of();
        List<String> accepted;
        String answer;
        switch (key.ask()) {
            case "opcode" -> {
                int op = f.opcode();
                String label = Opcode.of(op).map(Opcode::label).orElse("reserved");
                accepted = List.of(Integer.toString(op), "0x" + Integer.toHexString(op), label,
                        Integer.toHexString(op), "0x" + Integer.toHexString(op) + " " + label, op + " " + label);
                answer = op + " (0x" + Integer.toHexString(op).toUpperCase() + ", " + label + ")";
            }
            case "masked" -> {
                boolean m = f.masked();
                accepted = m ? List.of("yes", "y", "true", "masked", "yes masked", "it is masked")
                        : List.of("no", "n", "false", "unmasked", "not masked", "no unmasked");
                answer = m ? "yes" : "no";
            }
            case "masking-key" -> {
                String hex = Hex.format(f.maskingKey());
                accepted = List.of(hex, hex.replace(" ", ""), "0x" + hex.replace(" ", ""));
                answer = hex;
            }
            case "length" -> {
                accepted = List.of(Long.toString(f.payloadLength()));
                answer = Long.toString(f.payloadLength());
            }
            case "close-code" -> {
                // An empty Close body is allowed (5.5.1); a receiver reports it as 1005, which is never sent (7.4.1).
                int code = f.closeBody().map(b -> b.code()).orElse(CloseCode.NO_STATUS.code());
                accepted = List.of(Integer.toString(code));
                answer = Integer.toString(code);
            }
            case "accept" -> {
                String keyValue = header(c.request(), "Sec-WebSocket-Key");
                String right = header(c.response(), "Sec-WebSocket-Accept");
                List<String> opts = new ArrayList<>(List.of(right, decoyWithoutGuid(keyValue), decoyOtherKey(random)));
                java.util.Collections.shuffle(opts, random);
                options = List.copyOf(opts);
                accepted = List.of(String.valueOf((char) ('a' + opts.indexOf(right))));
                answer = accepted.get(0) + ") " + right;
            }
            default -> throw new IllegalArgumentException("unknown live ask '" + key.ask() + "'");
        }
        Map<String, String> vars = new java.util.HashMap<>();
        vars.put("answer", answer);
        vars.put("sent", c.sent());
        if (f != null && f.is(Opcode.CLOSE)) {
            int code = f.closeBody().map(b -> b.code()).orElse(CloseCode.NO_STATUS.code());
            vars.put("codename", CloseCode.nameOf(code));
            vars.put("meaning", CloseCode.of(code).map(CloseCode::meaning).orElse(CloseCode.nameOf(code)));
        }
        vars.put("request", indent(c.request()));
        vars.put("response", indent(c.response()));
        if (f != null) {
            vars.put("bytes", "  " + shownBytes(f));
            vars.put("header", Hex.format(f.raw(), 0, f.headerLength()));
            vars.put("byte0", String.format("%02x", f.raw()[0] & 0xFF));
            vars.put("byte1", String.format("%02x", f.raw()[1] & 0xFF));
            vars.put("length", Long.toString(f.payloadLength()));
            vars.put("lengthform", f.lengthBits() == 7 ? "the 7-bit length in byte 1"
                    : f.lengthBits() == 16 ? WebSocketProtocol.PAYLOAD_LONG_16 + " in byte 1, so the next 2 bytes hold the length"
                    : WebSocketProtocol.PAYLOAD_LONG_64 + " in byte 1, so the next 8 bytes hold the length");
            vars.put("key", Hex.format(f.maskingKey()));
            vars.put("text", f.isControl() && f.is(Opcode.CLOSE) ? f.closeBody().map(b -> b.reason()).orElse("")
                    : abbreviate(f.text()));
        } else {
            String k = header(c.request(), "Sec-WebSocket-Key");
            vars.put("key", k);
            vars.put("accept", header(c.response(), "Sec-WebSocket-Accept"));
        }
        return new LiveInstance(fill(q.prompt(), vars), options, accepted, answer, fill(q.explanation(), vars));
    }

    private static String shownBytes(Frame f) {
        byte[] raw = f.raw();
        int head = f.headerLength();
        int end = Math.min(raw.length, head + SHOWN_PAYLOAD);
        String shown = Hex.format(raw, 0, end);
        return end < raw.length ? shown + " ... (" + (raw.length - end) + " more bytes)" : shown;
    }

    private static String header(String raw, String name) {
        try {
            return HttpMessage.parse(raw).header(name).orElse("?");
        } catch (HandshakeFormatException e) {
            return "?";
        }
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

    private static String indent(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : raw.split("\r\n")) {
            if (!line.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : "\n").append("  ").append(line);
            }
        }
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String fill(String template, Map<String, String> vars) {
        String out = template;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
