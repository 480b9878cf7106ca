package dev.wstutor.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wstutor.event.EventLog;
import dev.wstutor.event.WireListener;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Hex;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server fails a connection as soon as enough of a bad frame has arrived to know it is bad (RFC 6455 7.1.7,
 * and 8.1 for text that stops being UTF-8), not once the frame or message is whole, and still handles the good
 * frames that came before it. Autobahn|Testsuite cases 4.2.5 and 6.4.1-6.4.4 found both gaps; each test sends
 * only the start of the bad frame or message and never the rest, so without the fail-fast the close never comes.
 * Run with frames shown (an event log) and not shown (the `--frames none` path), which check frames differently.
 */
class FailFastTest {
    private static final byte[] KEY = {0x37, (byte) 0xfa, 0x21, 0x3d};

    static Stream<Arguments> views() {
        return Stream.of(Arguments.of("frames shown", new EventLog()), Arguments.of("frames not shown", WireListener.NONE));
    }

    private static TapClient connect(TapServer server, Recorder r) throws Exception {
        return TapClient.connect(URI.create(server.url()), TapClient.Options.defaults(), WireListener.NONE, r, System::nanoTime);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void echoesAMessageThenFailsOnTheHeaderOfAReservedOpcodeFrameWhoseRestNeverComes(String view, WireListener listener) throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), listener, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            byte[] reserved = FrameEncoder.encode(true, 0, 15, "Hello, world!".getBytes(), KEY);
            // the whole message and just the header of the bad frame, in one write: Java-WebSocket throws on the
            // header and drops the message it had parsed from the same read
            c.sendRaw(concat(FrameEncoder.text("Hello, world!", KEY), Arrays.copyOf(reserved, 2)));
            assertEquals("Hello, world!", r.nextText(), "the message before the bad frame is echoed");
            assertEquals(1002, r.awaitCloseCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void failsAFragmentedTextMessageWithClose1007AtTheFragmentThatIsNotUtf8(String view, WireListener listener) throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), listener, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            c.sendRaw(FrameEncoder.encode(false, 0, 1, Hex.parse("ce ba e1 bd b9 cf 83 ce bc ce b5"), KEY));
            c.sendRaw(FrameEncoder.encode(false, 0, 0, Hex.parse("f4 90 80 80"), KEY)); // above U+10FFFF; the message never ends
            assertEquals(1007, r.awaitCloseCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void failsATextFrameWithClose1007AsSoonAsThePartThatArrivedIsNotUtf8(String view, WireListener listener) throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), listener, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            byte[] frame = FrameEncoder.encode(true, 0, 1, Hex.parse("ce ba e1 bd b9 cf 83 ce bc ce b5 f4 90 80 80 65 64 69 74 65 64"), KEY);
            c.sendRaw(Arrays.copyOf(frame, frame.length - 6)); // up to the bad sequence; the frame's last 6 bytes never come
            assertEquals(1007, r.awaitCloseCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void stillEchoesValidTextThatArrivesInPiecesSplitInsideACharacter(String view, WireListener listener) throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), listener, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            byte[] frame = FrameEncoder.text("κόσμε edited", KEY);
            for (byte b : frame) {
                c.sendRaw(new byte[] {b});
            }
            assertEquals("κόσμε edited", r.nextText());
            c.sendRaw(FrameEncoder.encode(false, 0, 1, Hex.parse("ce ba e1"), KEY));
            c.sendRaw(FrameEncoder.encode(true, 0, 0, Hex.parse("bd b9"), KEY));
            assertEquals("\u03ba\u1f79", r.nextText(), "a character split over two fragments is valid");
            c.close();
        }
    }
}
