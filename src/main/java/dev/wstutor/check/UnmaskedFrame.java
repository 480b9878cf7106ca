package dev.wstutor.check;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.net.RawSession;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A client frame without a mask: the server MUST close the connection and MAY send close 1002 first (RFC 6455 5.1),
 * so a server that just drops TCP passes too.
 */
public record UnmaskedFrame() implements CheckCase {
    @Override
    public String name() {
        return "unmasked";
    }

    @Override
    public String summary() {
        return "closes the connection on an unmasked client frame (close 1002 protocol error, or drops TCP)";
    }

    @Override
    public Outcome run(Target target) throws IOException {
        byte[] data = "this frame is not masked".getBytes(StandardCharsets.UTF_8);
        try (RawSession s = target.open()) {
            s.sendRaw(FrameEncoder.encode(Opcode.TEXT, data, null));
            return Closes.expectClosed(s, target, CloseCode.PROTOCOL_ERROR, data, "5.1");
        }
    }
}
