package dev.wstutor.check;

import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One text message in three frames (text, continuation, continuation with FIN) comes back whole (RFC 6455 5.4). */
public record FragmentedMessage() implements CheckCase {
    static final String TEXT = "one message, three frames";

    @Override
    public String name() {
        return "fragmented";
    }

    @Override
    public String summary() {
        return "joins a text message sent in 3 fragments and echoes it";
    }

    @Override
    public boolean needsEcho() {
        return true;
    }

    @Override
    public Outcome run(Target target) throws IOException {
        byte[] data = TEXT.getBytes(StandardCharsets.UTF_8);
        return Echoes.expectEcho(target, Opcode.TEXT, data, s -> {
            for (byte[] frame : FrameEncoder.fragments(Opcode.TEXT, data, 3, List.of(s.maskingKey(), s.maskingKey(), s.maskingKey()))) {
                s.sendRaw(frame);
            }
        }, "a text message sent in 3 frames");
    }
}
