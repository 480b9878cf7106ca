package dev.wstutor.lesson.live;

import dev.wstutor.event.Direction;
import dev.wstutor.lesson.Demo;
import dev.wstutor.lesson.DemoContext;
import dev.wstutor.live.LiveLab;
import dev.wstutor.event.WireEvent;
import dev.wstutor.view.Detail;
import dev.wstutor.view.FrameView;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.Opcode;
import java.util.Arrays;

/**
 * The same exchange over wss://: a second lab whose server speaks TLS with a certificate made for it. Shows the
 * first bytes on TCP (a TLS ClientHello, not "GET"), the unchanged HTTP upgrade the server decrypts, and one text
 * frame twice: as the WebSocket frame inside TLS and as the ciphertext record that crossed TCP.
 */
public final class TlsDemo implements Demo {
    private static final int SHOWN = 24;

    @Override
    public String name() {
        return "tls";
    }

    @Override
    public void run(DemoContext ctx) throws Exception {
        var out = ctx.out();
        var style = ctx.style();
        String text = ctx.arg("text", "Hello");
        try (LiveLab live = LiveLab.openTls()) {
            out.println("connected to " + style.bold(live.url() + live.path()) + " (a certificate made for this demo; the client trusts exactly it)");
            out.println();
            byte[] first = live.wireSent(0);
            out.println(style.bold("The first bytes the client wrote on TCP:"));
            out.println("  " + head(first) + (first.length > 0 && first[0] == 0x16 ? "   16 = a TLS handshake record: the ClientHello, not \"GET\"" : ""));
            out.println();
            WireEvent.HandshakeSeen request = live.request();
            WireEvent.HandshakeSeen response = live.response();
            out.println(style.bold("What the server decrypted, and what it answered: the same HTTP upgrade as on ws://"));
            out.println("  " + request.head().startLine() + "   (Upgrade: " + request.head().header("Upgrade").orElse("?")
                    + ", Sec-WebSocket-Key: " + request.head().header("Sec-WebSocket-Key").orElse("?") + ")");
            out.println("  " + response.head().startLine() + "   (Sec-WebSocket-Accept: "
                    + response.head().header("Sec-WebSocket-Accept").orElse("?") + ")");
            out.println();
            int serverFrom = live.serverLog().size();
            int clientFrom = live.clientLog().size();
            int mark = live.wireMark();
            live.send(text);
            WireEvent.FrameSeen sent = live.clientFrame(clientFrom, Direction.OUT, Opcode.TEXT, LiveLab.WAIT).orElseThrow();
            WireEvent.FrameSeen arrived = live.serverFrame(serverFrom, Direction.IN, Opcode.TEXT);
            byte[] frame = sent.frame().raw();
            byte[] cipher = live.wireSent(mark);
            out.println(style.bold("The client sends \"" + text + "\"."));
            out.println("  the WebSocket frame, inside TLS (" + frame.length + " bytes):  " + Hex.format(frame));
            out.println("  what crossed TCP (" + cipher.length + " bytes):               " + head(cipher));
            if (cipher.length >= 5 && cipher[0] == 0x17) {
                int length = ((cipher[3] & 0xFF) << 8) | (cipher[4] & 0xFF);
                out.println("  " + style.dim("17 = TLS application data, 03 03 = the record's version field, "
                        + String.format("%02x %02x", cipher[3], cipher[4]) + " = " + length + " bytes of ciphertext:"));
                out.println("  " + style.dim("the " + frame.length + "-byte frame encrypted, plus TLS's own bytes (among them the tag that proves nobody altered it)."));
            }
            out.println("  no 81, no masking key, no \"" + text + "\" in sight: anyone on the path sees only the record's size.");
            out.println();
            out.println(style.bold("The server's tap, after decryption: the same frame, masked as on ws://"));
            for (String line : new FrameView(style, Detail.NORMAL).render(arrived)) {
                out.println(line);
            }
            out.flush();
        }
    }

    private static String head(byte[] bytes) {
        return Hex.format(Arrays.copyOf(bytes, Math.min(bytes.length, SHOWN))) + (bytes.length > SHOWN ? " ..." : "");
    }
}
