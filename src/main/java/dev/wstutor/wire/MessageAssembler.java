package dev.wstutor.wire;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Joins data frames into messages for one direction of a connection and enforces the fragmentation rules
 * of RFC 6455 5.4 and the UTF-8 rule of 8.1 across fragments. Control frames pass through untouched.
 */
public final class MessageAssembler {
    /** A whole message: its type (text or binary), its data and how many frames carried it. */
    public record Message(Opcode type, byte[] data, int frames) {
    }

    private final long maxMessage;
    private Opcode open;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private int frames;
    private Utf8 utf8;

    public MessageAssembler(long maxMessage) {
        this.maxMessage = maxMessage;
    }

    /** Takes the next frame; returns the message it completes, if any. {@code offset} places violations in the stream. */
    public Optional<Message> accept(Frame frame, long offset) throws ProtocolViolation {
        if (frame.isControl()) {
            return Optional.empty();
        }
        int payloadAt = frame.headerLength();
        if (frame.is(Opcode.CONTINUATION)) {
            if (open == null) {
                throw new ProtocolViolation("continuation frame with no message to continue", "5.4", offset, CloseCode.PROTOCOL_ERROR);
            }
        } else {
            if (open != null) {
                throw new ProtocolViolation("new " + Opcode.describe(frame.opcode()) + " message while a fragmented "
                        + open.label() + " message is still open", "5.4", offset, CloseCode.PROTOCOL_ERROR);
            }
            open = frame.knownOpcode().orElseThrow();
            utf8 = open == Opcode.TEXT ? new Utf8() : null;
            data.reset();
            frames = 0;
        }
        frames++;
        if (data.size() + frame.payload().length > maxMessage) {
            open = null;
            throw new ProtocolViolation("message exceeds the limit of " + maxMessage + " bytes", "7.4.1", offset, CloseCode.MESSAGE_TOO_BIG);
        }
        if (utf8 != null) {
            int bad = utf8.feed(frame.payload(), 0, frame.payload().length);
            if (bad < 0 && frame.fin() && !utf8.complete()) {
                bad = frame.payload().length;
            }
            if (bad >= 0) {
                open = null;
                throw new ProtocolViolation("text message is not valid UTF-8", "8.1", offset + payloadAt + bad, CloseCode.INVALID_PAYLOAD);
            }
        }
        data.writeBytes(frame.payload());
        if (!frame.fin()) {
            return Optional.empty();
        }
        Message m = new Message(open, data.toByteArray(), frames);
        open = null;
        data.reset();
        return Optional.of(m);
    }
}
