package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodeCommandTest {
    static final String MASKED_HELLO = "81 85 37 fa 21 3d 7f 9f 4d 51 58";

    @Test
    void decodesTheMaskedHelloExampleFromRfc6455() {
        CommandRun run = CommandRun.of("decode", MASKED_HELLO);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("frame 1 at byte 0  text frame, 11 bytes on the wire\n"), run.out());
        assertTrue(run.out().contains("\n  FIN       1  final frame of its message\n"), run.out());
        assertTrue(run.out().contains("\n  MASK      1  masking key 37fa213d\n"), run.out());
        assertTrue(run.out().contains("\n  length    5  (7-bit form"), run.out());
        assertTrue(run.out().contains("\n  payload   \"Hello\"\n"), run.out());
        assertTrue(run.out().contains("1 0 0 0 0001"), "full detail by default: " + run.out());
        assertFalse(run.out().contains("\u001b"), "no colour when not on a terminal");
    }

    @Test
    void reportsClose1012ServiceRestartAsAValidCloseFrame() {
        CommandRun run = CommandRun.of("decode", "88 02 03 f4");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("\n  close     1012 service restart\n"), run.out());
    }

    @Test
    void reportsATruncatedFrameInOneLineWithItsByteOffset() {
        CommandRun run = CommandRun.of("decode", "81 85 37 fa 21 3d 7f 9f");
        assertEquals(1, run.exit());
        assertEquals("wstutor: frame truncated: header announces 5 payload bytes, only 2 present (RFC 6455 5.2) at byte 8\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void stillShowsTheFramesBeforeABadOne() {
        CommandRun run = CommandRun.of("decode", "--frames", "summary", "81 05 48 65 6c 6c 6f", "81 85 37 fa 21 3d 7f 9f");
        assertEquals(1, run.exit());
        assertEquals("frame 1 at byte 0  text  FIN=1 MASK=0 len=5  \"Hello\"\n", run.out());
        assertTrue(run.err().endsWith("at byte 15\n"), run.err());
        assertEquals(1, run.errLines().length);
    }

    @Test
    void reportsAHugeAnnouncedLengthAsTruncationNotAsALimit() {
        CommandRun run = CommandRun.of("decode", "82 7f 7f ff ff ff ff ff ff ff");
        assertEquals(1, run.exit());
        assertEquals("wstutor: frame truncated: header announces 9223372036854775807 payload bytes, only 0 present"
                + " (RFC 6455 5.2) at byte 10\n", run.err());
    }

    @Test
    void treatsBadHexAsAUsageErrorInOneLine() {
        CommandRun run = CommandRun.of("decode", "81 0g");
        assertEquals(2, run.exit());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("wstutor: bad hex: 'g' at position 5 is not a hex digit"), run.err());
        CommandRun odd = CommandRun.of("decode", "81", "0");
        assertEquals(2, odd.exit());
        assertTrue(odd.err().startsWith("wstutor: bad hex in argument 2: odd number of hex digits"), odd.err());
    }

    @Test
    void showsTheMessageJoinedFromFragments() {
        CommandRun run = CommandRun.of("decode", "--frames", "summary", "01 03 48 65 6c", "80 02 6c 6f");
        assertEquals(0, run.exit(), run.err());
        assertEquals("""
                frame 1 at byte 0  text  FIN=0 MASK=0 len=3  "Hel"
                frame 2 at byte 5  continuation  FIN=1 MASK=0 len=2  "lo"
                ⇒ message: text, 5 bytes in 2 frames: "Hello"
                """, run.out());
    }

    @Test
    void saysWhenTheLastMessageIsNotFinished() {
        CommandRun run = CommandRun.of("decode", "--frames", "summary", "01 03 48 65 6c");
        assertEquals(0, run.exit());
        assertTrue(run.out().endsWith("… the message is not finished: its last frame has FIN=0, more fragments would follow\n"));
    }

    @Test
    void enforcesTheMaskingRuleForTheSenderNamedByFrom() {
        assertEquals(0, CommandRun.of("decode", "--from", "client", MASKED_HELLO).exit());
        CommandRun server = CommandRun.of("decode", "--from", "server", MASKED_HELLO);
        assertEquals(1, server.exit());
        assertEquals("wstutor: a server-to-client frame must not be masked (RFC 6455 5.1) at byte 1\n", server.err());
        CommandRun client = CommandRun.of("decode", "--from", "CLIENT", "--frames", "summary", MASKED_HELLO);
        assertTrue(client.out().contains("client → server"), client.out());
    }

    @Test
    void printsOneJsonObjectPerFrameWithJson() throws Exception {
        CommandRun run = CommandRun.of("decode", "--json", "01 03 48 65 6c 80 02 6c 6f");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines[0]);
        assertEquals("frame", first.get("type").asText());
        assertEquals(0, first.get("offset").asInt());
        assertFalse(first.get("fin").asBoolean());
        assertEquals(5, mapper.readTree(lines[1]).get("offset").asInt());
        JsonNode message = mapper.readTree(lines[2]);
        assertEquals("message", message.get("type").asText());
        assertEquals("Hello", message.get("payload_text").asText());
    }

    @Test
    void readsHexFromStdinGivenADash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("81 05 48 65\n6c 6c 6f\n".getBytes(StandardCharsets.US_ASCII)));
            CommandRun run = CommandRun.of("decode", "--frames", "summary", "-");
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().endsWith("\"Hello\"\n"), run.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void isAUsageErrorWithNoBytes() {
        CommandRun run = CommandRun.of("decode", " ");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("wstutor: no bytes to decode"), run.err());
    }

    @Test
    void isListedInTheTopLevelHelp() {
        String help = CommandRun.of("--help").out();
        assertTrue(help.contains("decode") && help.contains("accept"), help);
    }
}
