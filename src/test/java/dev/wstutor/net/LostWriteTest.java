package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wstutor.event.WireListener;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Java-WebSocket 1.6.0's selector thread can overwrite a worker's write interest (it sets OP_READ after its last
 * write, after the worker queued a frame and asked for OP_WRITE): the frame then waits for the peer's next read,
 * and a peer waiting for that frame waits forever (Autobahn case 9.8.6 hung so). The server gives the interest back.
 */
class LostWriteTest {
    @Test
    void aFrameLeftQueuedWithoutWriteInterestIsStillSent() throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = TapClient.connect(URI.create(server.url()), TapClient.Options.defaults(), WireListener.NONE, r, System::nanoTime);
            c.send("first");
            assertEquals("first", r.nextText());
            GuardedSocket socket = (GuardedSocket) server.peers().get(0).socket();
            // The state the race leaves: a frame in the queue, the key back at OP_READ, the selector asleep.
            socket.outQueue.put(ByteBuffer.wrap(FrameEncoder.encode(Opcode.TEXT, "stranded".getBytes(StandardCharsets.UTF_8), null)));
            socket.getSelectionKey().interestOps(SelectionKey.OP_READ);
            assertEquals("stranded", r.nextText(), "sent without the client sending anything more");
            c.close();
        }
    }
}
