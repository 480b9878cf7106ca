package dev.wstutor.net;

import dev.wstutor.event.WireListener;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerModesTest {

    private static TapClient connect(TapServer server, Recorder r) throws Exception {
        return TapClient.connect(URI.create(server.url()), TapClient.Options.defaults(), WireListener.NONE, r, System::nanoTime);
    }

    @Test
    void echoHandlerAnswersTextWithTextAndBinaryWithBinary() throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new EchoHandler(), System::nanoTime)) {
            Recorder r = new Recorder();
            TapClient c = connect(server, r);
            c.send("héllo ✓");
            c.send(new byte[] {0, 1, (byte) 0xff});
            assertEquals("héllo ✓", r.nextText());
            assertArrayEquals(new byte[] {0, 1, (byte) 0xff}, r.binaries.poll(5, TimeUnit.SECONDS));
            c.close();
        }
    }

    @Test
    void chatModeRelaysToEveryOtherClientButNotTheSender() throws Exception {
        try (TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, new ChatMode(), System::nanoTime)) {
            Recorder a = new Recorder();
            Recorder b = new Recorder();
            Recorder c = new Recorder();
            TapClient ca = connect(server, a);
            TapClient cb = connect(server, b);
            TapClient cc = connect(server, c);
            ca.send("hi all");
            assertEquals("hi all", b.nextText());
            assertEquals("hi all", c.nextText());
            cb.send("hi a");
            assertEquals("hi a", a.nextText());
            assertNull(a.texts.poll(), "the sender hears nothing of its own message");
            ca.close();
            cb.close();
            cc.close();
        }
    }

    @Test
    void pushModeTicksToEveryClientWithoutBeingAsked() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-25T18:30:01Z"), ZoneOffset.UTC);
        try (PushMode push = new PushMode(fixed, Duration.ofMillis(20));
             TapServer server = TapServer.start(TapServer.Config.loopback(), WireListener.NONE, push, System::nanoTime)) {
            Recorder a = new Recorder();
            Recorder b = new Recorder();
            TapClient ca = connect(server, a);
            TapClient cb = connect(server, b);
            String first = a.nextText();
            assertTrue(first.matches("tick \\d+ 2026-11-25T18:30:01Z"), first);
            assertTrue(b.nextText().startsWith("tick "));
            ca.close();
            cb.close();
        }
    }
}
