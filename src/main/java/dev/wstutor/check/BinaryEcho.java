package dev.wstutor.check;

import dev.wstutor.wire.Opcode;
import java.io.IOException;

/** A binary message holding every byte value comes back unchanged: no text decoding on the way. */
public record BinaryEcho() implements CheckCase {
    @Override
    public String name() {
        return "binary-echo";
    }

    @Override
    public String summary() {
        return "echoes a binary message with all 256 byte values";
    }

    @Override
    public boolean needsEcho() {
        return true;
    }

    @Override
    public Outcome run(Target target) throws IOException {
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        return Echoes.expectEcho(target, Opcode.BINARY, data, s -> s.send(Opcode.BINARY, data), "a 256-byte binary message");
    }
}
