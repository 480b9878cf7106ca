package dev.wstutor.view;

import dev.wstutor.wire.AcceptKey;
import dev.wstutor.wire.Hex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Renders the Sec-WebSocket-Accept derivation of RFC 6455 4.2.2 one step per value, so a learner can redo
 * each step with other tools (sha1sum, base64) and see where their own attempt went wrong.
 */
public final class AcceptView {
    private static final String UNDER = "   ";

    private final Style style;

    public AcceptView(Style style) {
        this.style = style;
    }

    public List<String> render(AcceptKey.Derivation d) {
        List<String> lines = new ArrayList<>();
        lines.add(style.heading("Sec-WebSocket-Accept, step by step") + style.dim(" (RFC 6455 4.2.2 item 5.4)"));
        lines.add("1. the key the client sent in Sec-WebSocket-Key");
        lines.add(UNDER + style.bold(d.key()));
        keyNote(d.key()).ifPresent(lines::add);
        lines.add("2. append the GUID " + AcceptKey.GUID + style.dim(" (RFC 6455 1.3)"));
        lines.add(UNDER + style.bold(d.key()) + style.yellow(AcceptKey.GUID));
        lines.add("3. SHA-1 of those " + d.keyWithGuid().getBytes(StandardCharsets.US_ASCII).length
                + " ASCII bytes: 20 bytes, shown as 40 hex digits");
        lines.add(UNDER + style.bold(d.sha1Hex()));
        lines.add("4. base64 of the 20 SHA-1 bytes (not of the hex text) = Sec-WebSocket-Accept");
        lines.add(UNDER + style.green(style.bold(d.accept())));
        return lines;
    }

    /** The steps, then whether a captured Sec-WebSocket-Accept value is the one the key requires. */
    public List<String> render(AcceptKey.Derivation d, String captured) {
        List<String> lines = render(d);
        if (captured != null) {
            lines.add(matches(d, captured)
                    ? style.green("✓ matches the captured Sec-WebSocket-Accept " + captured)
                    : style.red("✗ does NOT match the captured Sec-WebSocket-Accept " + captured)
                            + " (a client must fail the connection: RFC 6455 4.1, item 4 of the client's checks)");
        }
        return lines;
    }

    /** Exact comparison: base64 is case-sensitive, and RFC 6455 4.1 asks for this very value. */
    public static boolean matches(AcceptKey.Derivation d, String captured) {
        return d.accept().equals(captured.trim());
    }

    /** For a well-formed key, the 16 bytes it encodes: the learner sees it is a nonce, not a password. */
    private Optional<String> keyNote(String key) {
        if (AcceptKey.keyProblem(key) != null) {
            return Optional.empty();
        }
        byte[] nonce = Base64.getDecoder().decode(key.trim());
        String bytes = "(base64 of 16 bytes: " + Hex.format(nonce);
        if (printableAscii(nonce)) {
            // The RFC's own sample key is such a text ("the sample nonce"): say so, a real client draws random bytes.
            return Optional.of(UNDER + style.dim(bytes + ", the ASCII text \"" + new String(nonce, StandardCharsets.US_ASCII)
                    + "\"; a real client picks 16 random bytes, RFC 6455 4.1 item 7)"));
        }
        return Optional.of(UNDER + style.dim(bytes + ")"));
    }

    private static boolean printableAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
