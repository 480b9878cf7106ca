package dev.wstutor.socketio;

/**
 * Text or bytes that break a rule of Engine.IO v4 or Socket.IO v5. The message is one sentence naming the
 * rule ("unknown Engine.IO packet type 'x'"), fit to show a learner and to log beside a closed session.
 */
public final class PacketFormatException extends Exception {
    public PacketFormatException(String message) {
        super(message);
    }
}
