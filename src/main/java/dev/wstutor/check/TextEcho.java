package dev.wstutor.check;

import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A text message, with characters beyond ASCII, comes back as the same text message. */
public record TextEcho() implements CheckCase {
    static final String TEXT = "wstutor check: héllo, wörld ✓";

    @Override
    public String name() {
        return "text-echo";
    }

    @Override
    public String summary() {
        return "echoes a UTF-8 text message";
    }

    @Override
    public boolean needsEcho() {
        return true;
    }

    @Override
    public Outcome run(Target target) throws IOException {
        byte[] data = TEXT.getBytes(StandardCharsets.UTF_8);
        return Echoes.expectEcho(target, Opcode.TEXT, data, s -> s.send(Opcode.TEXT, data),
                "a " + data.length + "-byte text message");
    }
}
