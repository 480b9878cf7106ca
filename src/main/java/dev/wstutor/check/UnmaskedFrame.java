package dev.wstutor.check;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.net.RawSession;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A client frame without a mask must fail the connection: close 1002 (RFC 6455 5.1). */
public record UnmaskedFrame() implements CheckCase {
    @Override
    public String name() {
        return "unmasked";
    }

    @Override
    public String summary() {
        return "answers an unmasked client frame with close 1002 (protocol error)";
    }

    @Override
    public Outcome run(Target target) throws IOException {
        byte[] data = "this frame is not masked".getBytes(StandardCharsets.UTF_8);
        try (RawSession s = target.open()) {
            s.sendRaw(FrameEncoder.encode(Opcode.TEXT, data, null));
            return Closes.expectClose(s, target, CloseCode.PROTOCOL_ERROR, data);
        }
    }
}
