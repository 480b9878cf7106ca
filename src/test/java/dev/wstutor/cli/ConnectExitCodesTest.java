package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.wire.AcceptKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code connect} against servers that end the connection every way a server can: its exit code is what a
 * script trusts (0 a normal close, 1 anything abnormal or a close that reports an error), and what it says is
 * one line, never a Java exception.
 */
class ConnectExitCodesTest {
    @TempDir
    Path home;

    /** What the server does once the handshake is done. */
    @FunctionalInterface
    interface AfterHandshake {
        void act(Socket s, OutputStream out) throws IOException;
    }

    /** A one-connection server over a plain socket: answers 101 (or {@code head} itself), then acts. */
    private static ServerSocket server(String head, AfterHandshake then) throws IOException {
        ServerSocket ss = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            try (Socket s = ss.accept()) {
                InputStream in = s.getInputStream();
                ByteArrayOutputStream req = new ByteArrayOutputStream();
                while (!req.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    req.write(b);
                }
                Matcher m = Pattern.compile("Sec-WebSocket-Key: (\\S+)").matcher(req.toString(StandardCharsets.ISO_8859_1));
                m.find();
                OutputStream out = s.getOutputStream();
                out.write((head != null ? head : "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        + "Sec-WebSocket-Accept: " + AcceptKey.accept(m.group(1)) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                then.act(s, out);
                s.getInputStream().readAllBytes(); // until the client closes
            } catch (IOException ignored) {
                // the client went away
            }
        }, "exit-code-server");
        t.setDaemon(true);
        t.start();
        return ss;
    }

    private static byte[] close(int code) {
        return new byte[] {(byte) 0x88, 2, (byte) (code >> 8), (byte) code};
    }

    private int connect(ServerSocket ss, List<String> stderr) throws Exception {
        try (WstutorProcess c = WstutorProcess.start(home, "connect", "ws://127.0.0.1:" + ss.getLocalPort() + "/",
                "--frames", "none", "--wait", "3000ms")) {
            c.type(true);
            int exit = c.waitFor(20);
            stderr.addAll(c.stderr());
            for (String l : c.stderr()) {
                assertFalse(l.contains("Exception") || l.contains("PKIX") || l.contains("TapDraft"), l);
            }
            return exit;
        }
    }

    @Test
    void aNormalCloseExitsZero() throws Exception {
        try (ServerSocket ss = server(null, (s, out) -> out.write(close(1000)))) {
            assertEquals(0, connect(ss, new java.util.ArrayList<>()));
        }
    }

    @Test
    void aServerClosingWithAnErrorCodeExitsOneAndSaysWhich() throws Exception {
        for (int code : new int[] {1002, 1003, 1007, 1008, 1009, 1010, 1011}) {
            List<String> err = new java.util.ArrayList<>();
            try (ServerSocket ss = server(null, (s, out) -> out.write(close(code)))) {
                assertEquals(1, connect(ss, err), "close " + code);
            }
            // stderr holds the connection's own lines (--frames none to a pipe), then the verdict
            // (Java-WebSocket answers a 1007 by closing with 1007 itself, so the line may name wstutor as the closer)
            assertTrue(err.get(err.size() - 1).matches("wstutor: (the server|wstutor) closed with " + code + " .*"), err.toString());
        }
    }

    @Test
    void aTruncatedFrameOrAResetExitsOne() throws Exception {
        List<String> err = new java.util.ArrayList<>();
        try (ServerSocket ss = server(null, (s, out) -> {
            out.write(new byte[] {(byte) 0x81, 10, 'h', 'a'}); // 10 bytes announced, 2 sent
            out.flush();
            s.close();
        })) {
            assertEquals(1, connect(ss, err));
        }
        assertTrue(err.get(err.size() - 1).contains("ended abnormally (1006"), err.toString());
        try (ServerSocket ss = server(null, (s, out) -> {
            s.setSoLinger(true, 0); // RST
            s.close();
        })) {
            assertEquals(1, connect(ss, new java.util.ArrayList<>()));
        }
    }

    @Test
    void aServerAnnouncingAHeadWithoutEndIsRefusedInOneLine() throws Exception {
        List<String> err = new java.util.ArrayList<>();
        try (ServerSocket ss = server("HTTP/1.1 101 Switching Protocols\r\nX-Big: ", (s, out) -> {
            byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 160; i++) {
                out.write(chunk); // 10 MB
            }
        })) {
            assertEquals(1, connect(ss, err));
        }
        assertTrue(err.get(err.size() - 1).startsWith("wstutor: handshake with 127.0.0.1:"), err.toString());
        assertTrue(err.get(err.size() - 1).endsWith("failed: handshake head over 65536 bytes"), err.toString());
    }

    @Test
    void anOutOfRangePortOrALineBreakInAHeaderIsAUsageError() {
        CommandRun port = CommandRun.of("connect", "ws://127.0.0.1:70000/");
        assertEquals(2, port.exit());
        assertTrue(port.err().contains("port 70000: a port is 1-65535"), port.err());
        CommandRun crlf = CommandRun.of("connect", "ws://127.0.0.1:9/", "-H", "X-A: b\r\nX-Injected: 1");
        assertEquals(2, crlf.exit());
        assertTrue(crlf.err().startsWith("wstutor: -H value holds a line break"), crlf.err());
    }
}
