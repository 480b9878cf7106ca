package dev.wstutor.check;

import dev.wstutor.wire.Opcode;
import java.io.IOException;

/** A 64 KiB message: one frame whose length needs the 64-bit form (RFC 6455 5.2). */
public record LargeMessage() implements CheckCase {
    static final int SIZE = 64 * 1024;

    @Override
    public String name() {
        return "large-message";
    }

    @Override
    public String summary() {
        return "echoes a 64 KiB binary message (64-bit length)";
    }

    @Override
    public boolean needsEcho() {
        return true;
    }

    @Override
    public Outcome run(Target target) throws IOException {
        byte[] data = new byte[SIZE];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + (i >>> 8));
        }
        return Echoes.expectEcho(target, Opcode.BINARY, data, s -> s.send(Opcode.BINARY, data), "a 65536-byte message");
    }
}
