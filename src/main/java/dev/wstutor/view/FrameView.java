package dev.wstutor.view;

import dev.wstutor.event.Endpoint;
import dev.wstutor.event.WireEvent;
import dev.wstutor.wire.CloseBody;
import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.Frame;
import dev.wstutor.wire.Hex;
import dev.wstutor.wire.MessageAssembler;
import dev.wstutor.wire.Opcode;
import dev.wstutor.wire.ProtocolViolation;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.wstutor.wire.WebSocketProtocol.*;

/**
 * Renders frames field by field at a {@link Detail} level, and the other tap events in one line each.
 * Pure: values in, lines out; every colour goes through the {@link Style}.
 */
public final class FrameView {
    /** Raw bytes beyond this are counted, not shown: a line of 64 bytes is as much as a reader scans. */
    static final int RAW_LIMIT = 64;
    /** A full dump stops here (256 rows): a 1 MB frame would otherwise bury everything else. */
    static final int DUMP_LIMIT = 4096;
    static final int PREVIEW_CHARS = 60;
    private static final String INDENT = "  ";

    private final Style style;
    private final Detail detail;
    private final Timeline timeline;

    public FrameView(Style style, Detail detail) {
        this(style, detail, Timeline.perConnection());
    }

    public FrameView(Style style, Detail detail, Timeline timeline) {
        this.style = style;
        this.detail = detail;
        this.timeline = timeline;
    }

    public Detail detail() {
        return detail;
    }

    public List<String> render(WireEvent.FrameSeen e) {
        return render(e.frame(), Caption.live(e.connection(), e.since(), e.observer(), e.direction(), timeline));
    }

    public List<String> render(Frame f, Caption c) {
        return switch (detail) {
            case NONE -> List.of();
            case SUMMARY -> List.of(summary(f, c));
            case NORMAL -> normal(f, c);
            case FULL -> full(f, c);
        };
    }

    /** "+0.012s #1  client → server  text  FIN=1 MASK=1 len=5  "Hello"" */
    String summary(Frame f, Caption c) {
        StringBuilder sb = new StringBuilder(lead(c));
        sb.append(opcodeColour(f, name(f))).append("  FIN=").append(bit(f.fin())).append(" MASK=").append(bit(f.masked()))
                .append(" len=").append(f.payloadLength()).append("  ");
        sb.append(f.is(Opcode.CLOSE) ? closeText(f) : Payloads.preview(f, PREVIEW_CHARS / 2));
        return sb.toString();
    }

    private List<String> normal(Frame f, Caption c) {
        List<String> lines = new ArrayList<>();
        lines.add(header(f, c));
        lines.add(field("FIN", bit(f.fin()) + "  " + finMeaning(f)));
        lines.add(field("RSV1-3", bit(f.rsv1()) + " " + bit(f.rsv2()) + " " + bit(f.rsv3()) + "  "
                + (f.rsv1() || f.rsv2() || f.rsv3() ? "set: only an extension (such as permessage-deflate) may use these"
                : "no extension bits")));
        lines.add(field("opcode", opcodeColour(f, Opcode.describe(f.opcode())) + "  " + opcodeMeaning(f)));
        lines.add(field("MASK", f.masked()
                ? "1  masking key " + style.yellow(Hex.compact(f.maskingKey()))
                : "0  not masked"));
        lines.add(field("length", f.payloadLength() + "  " + lengthForm(f)));
        if (f.is(Opcode.CLOSE)) {
            lines.add(field("close", closeText(f)));
        } else {
            lines.add(field("payload", Payloads.preview(f, PREVIEW_CHARS)));
        }
        lines.addAll(rawRows(f.raw()));
        return lines;
    }

    private List<String> full(Frame f, Caption c) {
        List<String> lines = normal(f, c);
        lines.addAll(bitLayout(f));
        if (f.masked()) {
            lines.add(field("masked", Payloads.hex(f.wirePayload(), RAW_LIMIT) + "  " + style.dim("(on the wire)")));
            lines.add(field("unmasked", Payloads.hex(f.payload(), RAW_LIMIT) + "  "
                    + style.dim("(each byte XOR key byte i mod 4, RFC 6455 5.3)")));
        }
        lines.add(field("dump", style.dim(f.raw().length + " bytes")));
        byte[] dumped = f.raw().length <= DUMP_LIMIT ? f.raw() : Arrays.copyOf(f.raw(), DUMP_LIMIT);
        for (String row : Hex.dump(dumped).split("\n")) {
            if (!row.isEmpty()) {
                lines.add(INDENT + INDENT + row);
            }
        }
        if (dumped.length < f.raw().length) {
            lines.add(INDENT + INDENT + "… " + (f.raw().length - dumped.length) + " more bytes not dumped");
        }
        return lines;
    }

    /**
     * The first two header bytes laid out as in the diagram of RFC 6455 5.2, each field's bits under its
     * name, so the learner can match the hex to the flags: {@code 1 0 0 0 0001} under {@code F R R R opcode}.
     */
    List<String> bitLayout(Frame f) {
        int b0 = f.raw()[0] & 0xFF;
        int b1 = f.raw()[1] & 0xFF;
        int opcode = b0 & B0_MASK_OPCODE;
        int rsv = (b0 & (B0_FLAG_RSV1 | B0_FLAG_RSV2 | B0_FLAG_RSV3)) >> B0_SHIFT_RSV;
        int length7 = b1 & B1_MASK_LENGTH;
        String bits0 = bit(b0, B0_FLAG_FIN) + " " + bit(b0, B0_FLAG_RSV1) + " " + bit(b0, B0_FLAG_RSV2) + " " + bit(b0, B0_FLAG_RSV3)
                + " " + binary(opcode, 4);
        String bits1 = bit(b1, B1_FLAG_MASK) + " " + binary(length7, 7);
        List<String> lines = new ArrayList<>();
        lines.add(field("byte 0", style.dim("F R R R opcode") + "   " + style.dim(String.format("0x%02x", b0))));
        lines.add(field("", bits0 + "     FIN=" + bit(b0, B0_FLAG_FIN) + " RSV=" + binary(rsv, 3) + " opcode=" + opcode));
        lines.add(field("byte 1", style.dim("M length") + "         " + style.dim(String.format("0x%02x", b1))));
        lines.add(field("", bits1 + "        MASK=" + bit(b1, B1_FLAG_MASK) + " length=" + length7
                + (length7 == PAYLOAD_LONG_16 ? " (a 16-bit length follows)" : length7 == PAYLOAD_LONG_64 ? " (a 64-bit length follows)" : "")));
        int at = 2;
        if (f.lengthBits() == 16) {
            lines.add(field("bytes 2-3", Hex.format(f.raw(), 2, 4) + "  16-bit length = " + f.payloadLength()));
            at = 4;
        } else if (f.lengthBits() == 64) {
            lines.add(field("bytes 2-9", Hex.format(f.raw(), 2, 10) + "  64-bit length = " + f.payloadLength()));
            at = 10;
        }
        if (f.masked()) {
            lines.add(field("bytes " + at + "-" + (at + 3), Hex.format(f.raw(), at, at + 4) + "  masking key"));
            at += 4;
        }
        lines.add(field("", style.dim("payload starts at byte " + at)));
        return lines;
    }

    /** A frame the tap refused: which rule, where, and how a conforming peer answers. */
    public List<String> render(WireEvent.FrameRejected e) {
        Caption c = Caption.live(e.connection(), e.since(), e.observer(), e.direction(), timeline);
        List<String> lines = new ArrayList<>();
        lines.add(lead(c) + rejection(e.violation()));
        if (detail.compareTo(Detail.NORMAL) >= 0 && e.raw() != null && e.raw().length > 0) {
            lines.addAll(rawRows(e.raw()));
        }
        return lines;
    }

    /** "✗ rejected: <rule> (RFC 6455 5.2) at byte 8; a peer closes with 1002 protocol error" */
    public String rejection(ProtocolViolation v) {
        return style.red("✗ rejected: " + v.rule()) + " (RFC 6455 " + v.section() + ") at byte " + v.offset()
                + "; a peer closes with " + v.closeCode() + " " + CloseCode.nameOf(v.closeCode());
    }

    /** A message joined from its fragments (RFC 6455 5.4): what the application finally receives. */
    public String render(MessageAssembler.Message m) {
        String data = m.type() == Opcode.TEXT
                ? Payloads.quote(Payloads.utf8(m.data()), PREVIEW_CHARS, m.data().length)
                : Payloads.hex(m.data(), PREVIEW_CHARS / 3);
        return style.bold("⇒ message") + ": " + m.type().label() + ", " + m.data().length + " bytes in " + m.frames()
                + " frames: " + data;
    }

    public String render(WireEvent.Opened e) {
        InetSocketAddress client = e.observer() == Endpoint.CLIENT ? e.local() : e.remote();
        InetSocketAddress server = e.observer() == Endpoint.CLIENT ? e.remote() : e.local();
        return lead(Caption.of(e, timeline)) + style.green("opened") + ": client " + address(client) + " ⇄ server " + address(server)
                + style.dim("  (handshake done: only frames from here on)");
    }

    public String render(WireEvent.Closed e) {
        String who = Caption.name(e.byPeer() ? e.observer().peer() : e.observer());
        String reason = e.reason() == null || e.reason().isEmpty() ? "" : " " + Payloads.quote(e.reason(), PREVIEW_CHARS * 2, e.reason().length());
        return lead(Caption.of(e, timeline)) + style.yellow("closed") + ": " + e.code() + " " + CloseCode.nameOf(e.code()) + reason
                + ", started by the " + who;
    }

    public String render(WireEvent.Failed e) {
        return lead(Caption.of(e, timeline)) + style.red("✗ failed: " + Printable.of(e.message()));
    }

    private String header(Frame f, Caption c) {
        String tap = c.tap().isEmpty() ? "" : style.dim(", " + c.tap());
        return lead(c) + style.bold(name(f) + " frame") + style.dim(", " + f.raw().length + " bytes on the wire") + tap;
    }

    private String lead(Caption c) {
        return style.dim(c.lead()) + "  " + (c.sender() == null ? "" : c.arrow(style) + "  ");
    }

    private String field(String name, String value) {
        return INDENT + style.dim(String.format("%-9s", name)) + " " + value;
    }

    private static String name(Frame f) {
        return f.knownOpcode().map(Opcode::label).orElse(String.format("reserved 0x%X", f.opcode()));
    }

    private String opcodeColour(Frame f, String s) {
        return f.isControl() ? style.yellow(s) : style.green(s);
    }

    private static String opcodeMeaning(Frame f) {
        Optional<Opcode> op = f.knownOpcode();
        if (op.isEmpty()) {
            return "reserved for future use: a peer fails the connection";
        }
        return switch (op.get()) {
            case CONTINUATION -> "continues the message the previous frames began";
            case TEXT -> "starts a text message (UTF-8)";
            case BINARY -> "starts a binary message";
            case CLOSE -> "control: starts or answers the closing handshake";
            case PING -> "control: the peer must answer with a pong";
            case PONG -> "control: answers a ping (or a one-way heartbeat)";
        };
    }

    private static String finMeaning(Frame f) {
        if (f.isControl()) {
            return f.fin() ? "control frames are never fragmented (RFC 6455 5.5)" : "a fragmented control frame breaks RFC 6455 5.5";
        }
        return f.fin() ? "final frame of its message" : "more frames of this message follow";
    }

    private static String lengthForm(Frame f) {
        return switch (f.lengthBits()) {
            case 16 -> "(16-bit form: byte 1 says " + PAYLOAD_LONG_16 + ", bytes 2-3 hold the length)";
            case 64 -> "(64-bit form: byte 1 says " + PAYLOAD_LONG_64 + ", bytes 2-9 hold the length)";
            default -> "(7-bit form: lengths 0-" + PAYLOAD_SHORT_MAX + " fit in byte 1)";
        };
    }

    private static String closeText(Frame f) {
        Optional<CloseBody> body = f.closeBody();
        return body.map(b -> b.code() + " " + CloseCode.nameOf(b.code())
                + (b.reason().isEmpty() ? "" : " " + Payloads.quote(b.reason(), PREVIEW_CHARS * 2, b.reason().length())))
                .orElse("no status code (the receiver reports " + CloseCode.NO_STATUS.code() + " " + CloseCode.NO_STATUS.label() + ")");
    }

    /** The first {@link #RAW_LIMIT} raw bytes, 16 to a row so the rows fit an 80-column terminal. */
    private List<String> rawRows(byte[] raw) {
        List<String> rows = new ArrayList<>();
        int shown = Math.min(raw.length, RAW_LIMIT);
        for (int row = 0; row < shown; row += 16) {
            rows.add(field(row == 0 ? "raw" : "", Hex.format(raw, row, Math.min(shown, row + 16))));
        }
        if (raw.length > shown) {
            rows.add(field("", "… " + (raw.length - shown) + " more bytes"));
        }
        return rows;
    }

    private static String address(InetSocketAddress a) {
        return a == null ? "?" : a.getHostString() + ":" + a.getPort();
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static String bit(int b, int flag) {
        return bit((b & flag) != 0);
    }

    private static String binary(int value, int width) {
        String s = Integer.toBinaryString(value);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
