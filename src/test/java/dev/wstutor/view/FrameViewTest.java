package dev.wstutor.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.event.Direction;
import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.FrameDecoder;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.MessageAssembler;
import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.ProtocolViolation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Frames from the examples of RFC 6455 section 5.7, rendered at each detail level. */
class FrameViewTest {
    static final String MASKED_HELLO = "81 85 37 fa 21 3d 7f 9f 4d 51 58";
    static final Caption LIVE = Caption.live(1, Duration.ofMillis(12), Endpoint.SERVER, Direction.IN);

    static Frame frame(String hex) throws ProtocolViolation {
        return new FrameDecoder().decode(Hex.parse(hex), 0).frame();
    }

    static List<String> render(Detail detail, String hex) throws ProtocolViolation {
        return new FrameView(Style.PLAIN, detail).render(frame(hex), LIVE);
    }

    @Test
    void summarisesTheMaskedHelloExampleInOneLine() throws Exception {
        assertEquals(List.of("+0.012s #1  client → server  text  FIN=1 MASK=1 len=5  \"Hello\""),
                render(Detail.SUMMARY, MASKED_HELLO));
    }

    @Test
    void showsEveryFieldOfTheMaskedHelloAtNormalDetail() throws Exception {
        assertEquals(List.of(
                "+0.012s #1  client → server  text frame, 11 bytes on the wire, received by the server",
                "  FIN       1  final frame of its message",
                "  RSV1-3    0 0 0  no extension bits",
                "  opcode    0x1 text  starts a text message (UTF-8)",
                "  MASK      1  masking key 37fa213d",
                "  length    5  (7-bit form: lengths 0-125 fit in byte 1)",
                "  payload   \"Hello\"",
                "  raw       81 85 37 fa 21 3d 7f 9f 4d 51 58"), render(Detail.NORMAL, MASKED_HELLO));
    }

    @Test
    void laysOutTheFirstTwoHeaderBytesUnderTheirFieldNamesAsInRfc6455Section52() throws Exception {
        List<String> lines = render(Detail.FULL, MASKED_HELLO);
        int names0 = indexOfLineContaining(lines, "F R R R opcode");
        assertEquals(lines.get(names0).indexOf("F R R R opcode"), lines.get(names0 + 1).indexOf("1 0 0 0 0001"));
        int names1 = indexOfLineContaining(lines, "M length");
        assertEquals(lines.get(names1).indexOf("M length"), lines.get(names1 + 1).indexOf("1 0000101"));
        assertTrue(lines.contains("  bytes 2-5 37 fa 21 3d  masking key"), lines.toString());
    }

    @Test
    void showsTheWireAndUnmaskedPayloadAndAHexDumpAtFullDetail() throws Exception {
        List<String> lines = render(Detail.FULL, MASKED_HELLO);
        assertTrue(lines.containsAll(render(Detail.NORMAL, MASKED_HELLO)), "FULL includes NORMAL");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  masked    7f 9f 4d 51 58")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  unmasked  48 65 6c 6c 6f")), lines.toString());
        assertTrue(lines.contains("    " + Hex.dump(Hex.parse(MASKED_HELLO)).strip()), lines.toString());
    }

    @Test
    void leavesOutTheMaskingLinesForAnUnmaskedFrame() throws Exception {
        List<String> lines = render(Detail.FULL, "81 05 48 65 6c 6c 6f");
        assertTrue(lines.contains("  MASK      0  not masked"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("  unmasked")));
    }

    @Test
    void namesTheLengthFormOfThe256And65536ByteBinaryExamples() throws Exception {
        List<String> small = render(Detail.FULL, "82 7e 01 00" + " 00".repeat(256));
        assertTrue(small.contains("  length    256  (16-bit form: byte 1 says 126, bytes 2-3 hold the length)"), small.toString());
        assertTrue(small.contains("  bytes 2-3 01 00  16-bit length = 256"), small.toString());
        assertTrue(small.contains("            … 196 more bytes"), "raw stops after 64 bytes: " + small);

        List<String> big = render(Detail.NORMAL, "82 7f 00 00 00 00 00 01 00 00" + " ab".repeat(65536));
        assertTrue(big.contains("  length    65536  (64-bit form: byte 1 says 127, bytes 2-9 hold the length)"), big.toString());
    }

    @Test
    void stopsTheHexDumpOfAHugeFrameAndSaysHowMuchIsLeft() throws Exception {
        List<String> lines = render(Detail.FULL, "82 7f 00 00 00 00 00 01 00 00" + " ab".repeat(65536));
        assertTrue(lines.contains("    … " + (65546 - FrameView.DUMP_LIMIT) + " more bytes not dumped"));
    }

    @Test
    void namesTheStatusCodeOfACloseFrame() throws Exception {
        assertTrue(render(Detail.SUMMARY, "88 05 03 e8 62 79 65").get(0).endsWith("close  FIN=1 MASK=0 len=5  1000 normal closure \"bye\""));
        assertTrue(render(Detail.NORMAL, "88 00").contains("  close     no status code (the receiver reports 1005 no status received)"));
    }

    @Test
    void showsBinaryPayloadsInHexEvenWhenTheyLookLikeText() throws Exception {
        assertTrue(render(Detail.NORMAL, "82 02 68 69").contains("  payload   68 69"));
    }

    @Test
    void escapesControlCharactersAndCutsLongTextInPreviews() throws Exception {
        Frame tab = frame("81 03 61 09 62");
        assertTrue(new FrameView(Style.PLAIN, Detail.SUMMARY).render(tab, LIVE).get(0).endsWith("\"a\\tb\""));
        String longText = "x".repeat(200);
        byte[] raw = new byte[2 + 2 + 200];
        raw[0] = (byte) 0x81;
        raw[1] = 126;
        raw[3] = (byte) 200;
        System.arraycopy(longText.getBytes(StandardCharsets.US_ASCII), 0, raw, 4, 200);
        List<String> lines = new FrameView(Style.PLAIN, Detail.NORMAL).render(new FrameDecoder().decode(raw, 0).frame(), LIVE);
        assertTrue(lines.contains("  payload   \"" + "x".repeat(FrameView.PREVIEW_CHARS) + "…\" (200 bytes)"), lines.toString());
    }

    @Test
    void showsNothingForFramesAtDetailNone() throws Exception {
        assertEquals(List.of(), render(Detail.NONE, MASKED_HELLO));
    }

    @Test
    void writesNoEscapeCodesInPlainStyleAndColoursInAnsi() throws Exception {
        for (Detail d : Detail.values()) {
            for (String line : render(d, MASKED_HELLO)) {
                assertFalse(line.contains("\u001b"), line);
            }
        }
        List<String> ansi = new FrameView(Style.ANSI, Detail.FULL).render(frame(MASKED_HELLO), LIVE);
        assertTrue(ansi.get(0).contains("\u001b[36mclient → server\u001b[0m"), ansi.get(0));
        assertTrue(ansi.stream().anyMatch(l -> l.contains("\u001b[33m37fa213d\u001b[0m")), "masking key highlighted");
    }

    @Test
    void saysWhoSentAFrameFromTheObserverAndDirection() throws Exception {
        Caption out = Caption.live(2, Duration.ofMillis(1500), Endpoint.SERVER, Direction.OUT);
        String line = new FrameView(Style.PLAIN, Detail.NORMAL).render(frame("81 05 48 65 6c 6c 6f"), out).get(0);
        assertEquals("+1.500s #2  server → client  text frame, 7 bytes on the wire, sent by the server", line);
    }

    @Test
    void rendersARejectedFrameWithItsRuleSectionOffsetAndCloseCode() {
        ProtocolViolation v = new ProtocolViolation("a client-to-server frame must be masked", "5.1", 1, CloseCode.PROTOCOL_ERROR);
        WireEvent.FrameRejected e = new WireEvent.FrameRejected(1, Endpoint.SERVER, Duration.ofMillis(3), Direction.IN,
                Hex.parse("81 05 48 65 6c 6c 6f"), v);
        assertEquals(List.of("+0.003s #1  client → server  ✗ rejected: a client-to-server frame must be masked (RFC 6455 5.1)"
                        + " at byte 1; a peer closes with 1002 protocol error",
                "  raw       81 05 48 65 6c 6c 6f"), new FrameView(Style.PLAIN, Detail.NORMAL).render(e));
        assertEquals(1, new FrameView(Style.PLAIN, Detail.SUMMARY).render(e).size());
    }

    @Test
    void rendersOpenedClosedAndFailedInOneLineEach() {
        FrameView view = new FrameView(Style.PLAIN, Detail.NORMAL);
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", 8080);
        InetSocketAddress client = new InetSocketAddress("127.0.0.1", 51234);
        assertEquals("+0.002s #1  opened: client 127.0.0.1:51234 ⇄ server 127.0.0.1:8080  (handshake done: only frames from here on)",
                view.render(new WireEvent.Opened(1, Endpoint.SERVER, Duration.ofMillis(2), server, client)));
        assertEquals("+0.900s #1  closed: 1000 normal closure \"bye\", started by the client",
                view.render(new WireEvent.Closed(1, Endpoint.SERVER, Duration.ofMillis(900), 1000, "bye", true)));
        assertEquals("+0.100s #3  ✗ failed: Connection refused",
                view.render(new WireEvent.Failed(3, Endpoint.CLIENT, Duration.ofMillis(100), "Connection refused")));
    }

    @Test
    void showsTheMessageJoinedFromTheFragmentedHelloExample() throws Exception {
        MessageAssembler assembler = new MessageAssembler(1 << 20);
        assembler.accept(frame("01 03 48 65 6c"), 0);
        MessageAssembler.Message m = assembler.accept(frame("80 02 6c 6f"), 5).orElseThrow();
        assertEquals(Opcode.TEXT, m.type());
        assertEquals("⇒ message: text, 5 bytes in 2 frames: \"Hello\"", new FrameView(Style.PLAIN, Detail.FULL).render(m));
    }

    private static int indexOfLineContaining(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text + ": " + lines);
    }
}
