package dev.wstutor.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameEncoderTest {
    private static final byte[] RFC_KEY = Hex.parse("37 fa 21 3d");

    @Test
    void encodesTheRfcExamplesByteForByte() {
        assertEquals("81 05 48 65 6c 6c 6f", Hex.format(FrameEncoder.text("Hello", null)));
        assertEquals("81 85 37 fa 21 3d 7f 9f 4d 51 58", Hex.format(FrameEncoder.text("Hello", RFC_KEY)));
        assertEquals("89 05 48 65 6c 6c 6f", Hex.format(FrameEncoder.encode(Opcode.PING, "Hello".getBytes(), null)));
        assertEquals("8a 85 37 fa 21 3d 7f 9f 4d 51 58", Hex.format(FrameEncoder.encode(Opcode.PONG, "Hello".getBytes(), RFC_KEY)));
        assertEquals("82 7e 01 00", Hex.format(FrameEncoder.encode(Opcode.BINARY, new byte[256], null), 0, 4));
        assertEquals("82 7f 00 00 00 00 00 01 00 00", Hex.format(FrameEncoder.encode(Opcode.BINARY, new byte[65536], null), 0, 10));
    }

    @Test
    void fragmentsTheRfcHelloIntoHelAndLo() {
        List<byte[]> parts = FrameEncoder.fragments(Opcode.TEXT, "Hello".getBytes(), 2, null);
        assertEquals("01 02 48 65", Hex.format(parts.get(0)));
        assertEquals("80 03 6c 6c 6f", Hex.format(parts.get(1)));
    }

    @Test
    void roundTripsRandomFramesThroughTheDecoder() throws Exception {
        Random random = new Random(6455);
        FrameDecoder decoder = new FrameDecoder();
        int[] opcodes = {0x1, 0x2, 0x8, 0x9, 0xA};
        int[] sizes = {0, 1, 125, 126, 127, 65535, 65536, 70000};
        for (int i = 0; i < 500; i++) {
            int opcode = opcodes[random.nextInt(opcodes.length)];
            boolean control = (opcode & 8) != 0;
            int size = control ? random.nextInt(126) : sizes[random.nextInt(sizes.length)];
            byte[] payload = new byte[size];
            if (opcode == 0x1) {
                for (int j = 0; j < size; j++) {
                    payload[j] = (byte) (0x20 + random.nextInt(0x5f));
                }
            } else {
                random.nextBytes(payload);
            }
            if (opcode == 0x8) {
                payload = FrameEncoder.closePayload(1000 + random.nextInt(4), "bye");
            }
            byte[] key = random.nextBoolean() ? randomKey(random) : null;
            boolean fin = control || random.nextBoolean();
            byte[] raw = FrameEncoder.encode(fin, 0, opcode, payload, key);
            Frame f = decoder.decode(raw, 0).frame();
            assertEquals(opcode, f.opcode());
            assertEquals(fin, f.fin());
            assertEquals(key != null, f.masked());
            assertEquals(payload.length, f.payloadLength());
            assertArrayEquals(payload, f.payload());
            assertArrayEquals(raw, f.raw());
            if (key != null) {
                assertArrayEquals(key, f.maskingKey());
            }
        }
    }

    private static byte[] randomKey(Random random) {
        byte[] key = new byte[4];
        random.nextBytes(key);
        return key;
    }
}
