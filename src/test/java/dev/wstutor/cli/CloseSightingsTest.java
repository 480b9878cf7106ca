package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect} against {@code serve}, each in its own process: whichever starts the close ({@code /close} at the
 * client, {@code /kick} at the server), each side's output shows the Close it sent and the Close it received.
 */
class CloseSightingsTest {
    @TempDir
    Path home;

    private static final String CLIENT_CLOSE = "client → server  close";
    private static final String SERVER_CLOSE = "server → client  close";

    @Test
    void closeAtTheClientShowsBothCloseFramesOnBothSides() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "summary")) {
            int port = serve.listeningPort();
            try (WstutorProcess connect = WstutorProcess.start(home, "connect", "ws://127.0.0.1:" + port + "/", "--frames", "summary")) {
                connect.type(false, "hello", "/close 1000 client leaves");
                assertNotNull(connect.awaitLine(l -> l.contains("closed:"), 10), connect.stdout().toString());
                connect.type(true);
                assertEquals(0, connect.waitFor(10), connect.stderr().toString());
                bothCloses(connect.stdout(), "connect");
            }
            assertNotNull(serve.awaitLine(l -> l.contains("closed:"), 10));
            bothCloses(serve.stdout(), "serve");
            serve.interrupt();
            serve.waitFor(10);
        }
    }

    @Test
    void kickAtTheServerShowsBothCloseFramesOnBothSides() throws Exception {
        try (WstutorProcess serve = WstutorProcess.start(home, "serve", "--port", "0", "--frames", "summary")) {
            int port = serve.listeningPort();
            try (WstutorProcess connect = WstutorProcess.start(home, "connect", "ws://127.0.0.1:" + port + "/", "--frames", "summary")) {
                assertNotNull(serve.awaitLine(l -> l.contains("opened"), 10));
                serve.type(false, "/kick 1");
                assertNotNull(connect.awaitLine(l -> l.contains("closed:"), 10), connect.stdout().toString());
                connect.type(true);
                assertEquals(0, connect.waitFor(10), connect.stderr().toString());
                bothCloses(connect.stdout(), "connect");
            }
            assertNotNull(serve.awaitLine(l -> l.contains("closed:"), 10));
            bothCloses(serve.stdout(), "serve");
            assertTrue(serve.stdout().stream().anyMatch(l -> l.contains("closed: 1000")), "closed by the kick, not by a time-out: " + serve.stdout());
            serve.interrupt();
            serve.waitFor(10);
        }
    }

    private static void bothCloses(List<String> out, String who) {
        String all = String.join("\n", out);
        assertEquals(1, out.stream().filter(l -> l.contains(CLIENT_CLOSE)).count(), who + " shows the client's Close once:\n" + all);
        assertEquals(1, out.stream().filter(l -> l.contains(SERVER_CLOSE)).count(), who + " shows the server's Close once:\n" + all);
    }
}
