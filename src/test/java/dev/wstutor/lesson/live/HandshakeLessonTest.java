package dev.wstutor.lesson.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headline lesson as a learner's script runs it: {@code wstutor lesson handshake --plain} in its own process,
 * with no terminal, against the real lessons/ folder and a live server and client.
 */
class HandshakeLessonTest {
    @TempDir
    Path home;

    record Run(int exit, String out, String err) {
    }

    private Run lesson() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dwstutor.lessons=lessons",
                "dev.wstutor.cli.Main", "lesson", "handshake", "--plain");
        pb.environment().put("WSTUTOR_HOME", home.toString());
        pb.environment().remove("NO_COLOR");
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the lesson finished within a minute");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }

    @Test
    void showsALiveHandshakeAndEveryKindOfFrameWithNoTerminal() throws Exception {
        Run first = lesson();
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.err());
        String out = first.out();
        assertTrue(!out.contains("\u001b["), "no colour in a pipe");

        assertTrue(out.contains("  GET /chat HTTP/1.1\n"), "the captured request line");
        for (String header : new String[] {"Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Version: 13", "Host: 127.0.0.1:"}) {
            assertTrue(out.contains("  " + header), header);
        }
        String key = find("^  Sec-WebSocket-Key: (\\S+)$", out);
        assertTrue(out.contains("  HTTP/1.1 101 "), "the 101 response");
        String accept = find("^  Sec-WebSocket-Accept: (\\S+)$", out);
        assertEquals(dev.wstutor.wire.AcceptKey.accept(key), accept, "the server's accept value is right for the key");
        assertTrue(out.contains(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), "the derivation starts from the captured key");
        assertTrue(out.contains("matches the captured Sec-WebSocket-Accept " + accept), "and ends in exactly the captured value");

        assertTrue(Pattern.compile("client → server  text frame.*\\n(.*\\n)*?  MASK      1  masking key [0-9a-f]{8}").matcher(out).find(),
                "a masked client text frame");
        assertTrue(Pattern.compile("server → client  text frame.*\\n(.*\\n)*?  MASK      0  not masked").matcher(out).find(),
                "an unmasked server frame");
        assertTrue(out.contains("client → server  ping frame"), "a ping");
        assertTrue(out.contains("server → client  pong frame"), "its pong");
        assertTrue(out.contains("  close     1000 normal closure"), "the close frames with 1000");
        assertTrue(out.contains("  raw       81 "), "hex of each frame");
        assertTrue(out.contains("message> hello"), "the try-it step ran its script");
        assertTrue(out.contains("HTTP/1.1 400 Bad Request"), "the handshake without Upgrade was refused as malformed");
        assertTrue(out.contains("HTTP/1.1 426 Upgrade Required") && out.contains("Sec-WebSocket-Version: 13"),
                "the wrong version was refused naming the version the server speaks");

        Run second = lesson();
        assertEquals(0, second.exit(), second.err());
        assertNotEquals(key, find("^  Sec-WebSocket-Key: (\\S+)$", second.out()), "live, not canned: a new key each run");
    }
}
