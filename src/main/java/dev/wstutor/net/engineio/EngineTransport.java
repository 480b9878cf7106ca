package dev.wstutor.net.engineio;

import dev.wstutor.socketio.Transport;
import java.util.List;

/** How a session's packets travel: held HTTP long-polls, or one WebSocket. Loop thread only. */
sealed interface EngineTransport permits PollingTransport, WebSocketTransport {
    Transport kind();

    /** Whether {@link #send} would put packets on the wire now (a GET is waiting, or the WebSocket is open). */
    boolean writable();

    void send(List<Outgoing> packets);

    /** Ends the transport; for polling, the waiting GET (or the next one) is told with a CLOSE packet. */
    void close();
}
