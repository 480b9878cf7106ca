package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcceptCommandTest {
    @Test
    void printsTheRfcAcceptValueForTheRfcKey() {
        CommandRun run = CommandRun.of("accept", "dGhlIHNhbXBsZSBub25jZQ==");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("\n   s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\n"), run.out());
        assertTrue(run.out().contains("258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void derivesAKeyThatIsNotBase64Of16BytesButWarnsInOneLine() {
        CommandRun run = CommandRun.of("accept", "hello");
        assertEquals(0, run.exit());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("wstutor: warning: the key "), run.err());
        assertTrue(run.err().contains("RFC 6455 4.1 item 7"), run.err());
        assertTrue(run.out().contains("hello258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), run.out());
    }

    @Test
    void checksACapturedAcceptValueAndFailsWhenItDiffers() {
        CommandRun good = CommandRun.of("accept", "dGhlIHNhbXBsZSBub25jZQ==", "--check", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
        assertEquals(0, good.exit());
        assertTrue(good.out().contains("✓ matches the captured Sec-WebSocket-Accept"), good.out());
        CommandRun bad = CommandRun.of("accept", "dGhlIHNhbXBsZSBub25jZQ==", "--check", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo");
        assertEquals(1, bad.exit());
        assertTrue(bad.out().contains("✗ does NOT match"), bad.out());
    }

    @Test
    void isAUsageErrorWithoutAKey() {
        CommandRun run = CommandRun.of("accept");
        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().length, run.err());
    }
}
