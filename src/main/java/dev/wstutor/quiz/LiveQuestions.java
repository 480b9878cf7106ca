package dev.wstutor.quiz;

import dev.wstutor.live.Capture;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.WebSocketProtocol;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.HandshakeFormatException;
import dev.wstutor.wire.HttpMessage;
import dev.wstutor.wire.Opcode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Turns a real capture into a live question: fills the question's placeholders ({bytes}, {request},
 * {response}, {answer}, {text}...) and works out the right answer from the captured bytes themselves.
 * Pure; the capture is taken on the live lab (see {@link LiveProbes}).
 */
public final class LiveQuestions {
    /** probe/ask pairs a question may name, from the asks themselves: {@code client-text/opcode}... */
    public static final Set<String> PROBES = LiveAsk.pairs();

    /** The longest stretch of payload shown; the header is always shown whole. */
    private static final int SHOWN_PAYLOAD = 24;

    private LiveQuestions() {
    }

    public static LiveInstance make(Question q, Capture c, Random random) {
        AnswerKey.Live key = (AnswerKey.Live) q.key();
        Frame f = c.frame();
        LiveAsk.Answer right = LiveAsk.named(key.ask())
                .orElseThrow(() -> new IllegalArgumentException("unknown live ask '" + key.ask() + "'"))
                .answer(c, random);
        List<String> options = right.options();
        List<String> accepted = right.accepted();
        String answer = right.shown();
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

    static String header(String raw, String name) {
        try {
            return HttpMessage.parse(raw).header(name).orElse("?");
        } catch (HandshakeFormatException e) {
            return "?";
        }
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
