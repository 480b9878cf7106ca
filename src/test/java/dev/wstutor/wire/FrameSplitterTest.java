package dev.wstutor.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSplitterTest {
    @Test
    void cutsAStreamFedOneByteAtATimeIntoItsFrames() throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(Hex.parse("81 85 37 fa 21 3d 7f 9f 4d 51 58"));
        stream.writeBytes(FrameEncoder.encode(Opcode.BINARY, new byte[300], null));
        stream.writeBytes(Hex.parse("89 05 48 65 6c 6c 6f"));
        FrameSplitter splitter = new FrameSplitter(1 << 20);
        List<byte[]> frames = new ArrayList<>();
        for (byte b : stream.toByteArray()) {
            frames.addAll(splitter.feed(new byte[] {b}));
        }
        assertEquals(3, frames.size());
        assertEquals(11, frames.get(0).length);
        assertEquals(304, frames.get(1).length);
        assertEquals(0, splitter.pending());
    }

    @Test
    void returnsSeveralFramesFromOneChunk() throws Exception {
        FrameSplitter splitter = new FrameSplitter(1 << 20);
        assertEquals(2, splitter.feed(Hex.parse("01 03 48 65 6c 80 02 6c 6f 81")).size());
        assertEquals(1, splitter.pending());
    }

    @Test
    void refusesToBufferAFrameOverTheLimit() {
        FrameSplitter splitter = new FrameSplitter(100);
        ProtocolViolation v = assertThrows(ProtocolViolation.class, () -> splitter.feed(Hex.parse("82 7e 01 00")));
        assertEquals(1009, v.closeCode());
    }
}
