package dev.wstutor.net;

import java.nio.ByteBuffer;
import org.java_websocket.enums.Opcode;
import org.java_websocket.framing.Framedata;

/**
 * Bytes to put on the wire exactly as they are, carried through the library's own send path so that they
 * queue behind (and never interleave with) frames the library is writing. {@link TapDraft#createBinaryFrame}
 * recognises them and skips the framing. The getters only matter to the library's trace logging.
 */
final class RawBytes implements Framedata {
    private final byte[] bytes;
    private final boolean reported;

    RawBytes(byte[] bytes) {
        this(bytes.clone(), false);
    }

    /** @param reported true when the tap has already seen these bytes frame by frame (a write batch) */
    RawBytes(byte[] bytes, boolean reported) {
        this.bytes = bytes;
        this.reported = reported;
    }

    boolean reported() {
        return reported;
    }

    /** The bytes themselves, not a copy: they were copied (or handed over) when this was made and never change. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean isFin() {
        return true;
    }

    @Override
    public boolean isRSV1() {
        return false;
    }

    @Override
    public boolean isRSV2() {
        return false;
    }

    @Override
    public boolean isRSV3() {
        return false;
    }

    @Override
    public boolean getTransfereMasked() {
        return false;
    }

    @Override
    public Opcode getOpcode() {
        return Opcode.BINARY;
    }

    @Override
    public ByteBuffer getPayloadData() {
        return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    @Override
    public void append(Framedata nextFrame) {
        throw new IllegalStateException("raw bytes are never fragments of a message");
    }

    @Override
    public String toString() {
        return "RawBytes[" + bytes.length + " bytes]";
    }
}
