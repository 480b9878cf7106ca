package dev.wstutor.view;

import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.Utf8;
import java.nio.charset.StandardCharsets;

/** Short, safe previews of payloads: quoted text with control characters escaped, or hex for bytes. */
final class Payloads {
    private Payloads() {
    }

    /**
     * Whether the payload reads as text. Text frames always do (the decoder checked their UTF-8); binary
     * frames never do, even when their bytes happen to be ASCII, because the sender said they are bytes;
     * pings, pongs and continuations are shown as text when they are valid UTF-8.
     */
    static boolean isText(Frame f) {
        if (f.is(Opcode.TEXT)) {
            return true;
        }
        if (f.is(Opcode.BINARY) || f.is(Opcode.CLOSE)) {
            return false;
        }
        return Utf8.isValid(f.payload());
    }

    /** {@code "Hello"}, {@code "a very long te…" (300 bytes)}, {@code 01 02 03 … (256 bytes)} or {@code (empty)}. */
    static String preview(Frame f, int maxChars) {
        if (f.payload().length == 0) {
            return "(empty)";
        }
        return isText(f) ? quote(f.text(), maxChars, f.payload().length) : hex(f.payload(), maxChars / 3);
    }

    static String quote(String text, int maxChars, int byteCount) {
        StringBuilder sb = new StringBuilder("\"");
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < maxChars) {
            int cp = text.codePointAt(i);
            sb.append(escape(cp));
            i += Character.charCount(cp);
            shown++;
        }
        sb.append('"');
        if (i < text.length()) {
            sb.insert(sb.length() - 1, '…').append(" (").append(byteCount).append(" bytes)");
        }
        return sb.toString();
    }

    /**
     * Peer text shown without quotes (a namespace, an HTTP target, JSON already quoted by its writer): control
     * characters escaped, cut after {@code maxChars} characters with "…".
     */
    static String visible(String text, int maxChars) {
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < maxChars) {
            int cp = text.codePointAt(i);
            sb.append(cp < 0x20 || (cp >= 0x7F && cp < 0xA0) ? escape(cp) : new String(Character.toChars(cp)));
            i += Character.charCount(cp);
            shown++;
        }
        if (i < text.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** Control characters would move the cursor or ring the bell on the learner's terminal: show them escaped. */
    private static String escape(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            default -> Printable.escape(cp);
        };
    }

    /** The first {@code maxBytes} bytes in hex, then "… (N bytes)". */
    static String hex(byte[] bytes, int maxBytes) {
        if (bytes.length <= maxBytes) {
            return Hex.format(bytes);
        }
        return Hex.format(bytes, 0, maxBytes) + " … (" + bytes.length + " bytes)";
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
