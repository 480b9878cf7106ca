package dev.wstutor.net.engineio;

import dev.wstutor.socketio.EnginePacket;

/**
 * A packet waiting to be sent, and what to report once it is on the wire (the Socket.IO packet it ends), so that
 * the events say carrier, then Engine.IO packet, then Socket.IO packet, in the order they travelled.
 */
public record Outgoing(EnginePacket packet, Runnable afterSent) {
    public static Outgoing of(EnginePacket packet) {
        return new Outgoing(packet, null);
    }
}
