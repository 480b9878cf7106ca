package dev.wstutor.net.engineio;

import dev.wstutor.socketio.EnginePacket;

/** What rides on Engine.IO (Socket.IO, or a bare echo): called on the server's loop thread. */
public interface EngineHandler {
    void opened(EngineSession session);

    /** A MESSAGE packet, text or binary. */
    void message(EngineSession session, EnginePacket packet);

    void closed(EngineSession session, String reason);
}
