package dev.wstutor.socketio;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Engine.IO v4 packets on both transports (engine.io-protocol, "Packet encoding"). On WebSocket each frame
 * is one packet: a text frame is the type digit and its data, a binary frame is a MESSAGE as raw bytes. On
 * HTTP long-polling a body holds several packets joined by the record separator U+001E, and binary travels
 * as {@code b} followed by base64.
 */
public final class EngineCodec {
    /** The record separator between packets of one long-polling body. */
    public static final char SEPARATOR = '\u001e';
    /** The prefix of a base64 binary packet (on polling; the reference parser accepts it on WebSocket too). */
    public static final char BINARY_PREFIX = 'b';

    private EngineCodec() {
    }

    /** One WebSocket text frame, or one record of a polling body. */
    public static EnginePacket decode(String text) throws PacketFormatException {
        if (text.isEmpty()) {
            throw new PacketFormatException("empty Engine.IO packet: it needs at least its type digit");
        }
        char first = text.charAt(0);
        if (first == BINARY_PREFIX) {
            try {
                return EnginePacket.binary(Base64.getDecoder().decode(text.substring(1)));
            } catch (IllegalArgumentException e) {
                throw new PacketFormatException("invalid base64 after the binary prefix 'b': " + e.getMessage());
            }
        }
        return EnginePacket.of(EngineType.of(first), text.substring(1));
    }

    /** A WebSocket binary frame: a MESSAGE whose data is the frame's bytes, with no prefix. */
    public static EnginePacket decodeBinary(byte[] frame) {
        return EnginePacket.binary(frame);
    }

    /** The text form: the type digit and the data, or {@code b}+base64 for a binary MESSAGE. */
    public static String encode(EnginePacket p) {
        if (p.isBinary()) {
            return BINARY_PREFIX + Base64.getEncoder().encodeToString(p.binary());
        }
        return p.type().code() + p.text();
    }

    /** An HTTP long-polling body: one or more records separated by U+001E. */
    public static List<EnginePacket> decodePayload(String body) throws PacketFormatException {
        List<EnginePacket> packets = new ArrayList<>();
        int start = 0;
        int record = 1;
        while (true) {
            int end = body.indexOf(SEPARATOR, start);
            String one = end < 0 ? body.substring(start) : body.substring(start, end);
            try {
                packets.add(decode(one));
            } catch (PacketFormatException e) {
                throw new PacketFormatException("polling record " + record + ": " + e.getMessage());
            }
            if (end < 0) {
                return packets;
            }
            start = end + 1;
            record++;
        }
    }

    public static String encodePayload(List<EnginePacket> packets) {
        StringBuilder sb = new StringBuilder();
        for (EnginePacket p : packets) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(encode(p));
        }
        return sb.toString();
    }
}
