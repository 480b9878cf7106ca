package dev.wstutor.lesson.drill;

import dev.wstutor.wire.CloseCode;
import dev.wstutor.wire.FrameEncoder;
import dev.wstutor.wire.Opcode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fresh frames for a learner to decode by hand, each with its answer key: built with the same encoder the tools
 * use, so the key is what RFC 6455 says and not what someone typed. Pure: a random source in, exercises out.
 * The words and reasons put in the payloads come from the lesson file, as content.
 */
public final class FrameDrill {
    /** The kinds of frame the drill can set, named as in the lesson file's {@code kinds:} argument. */
    public enum Kind {
        FRAGMENTED("fragmented"), LENGTH_16("length-16"), CLOSE("close"), MASKED("masked");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown exercise '" + label.strip() + "' (known: fragmented, length-16, close, masked)");
        }
    }

    /** Close codes worth knowing by heart, and one of the private range (4000-4999) an application may pick. */
    private static final List<Integer> CLOSE_CODES = List.of(CloseCode.NORMAL.code(), CloseCode.GOING_AWAY.code(),
            CloseCode.PROTOCOL_ERROR.code(), CloseCode.POLICY_VIOLATION.code(), CloseCode.MESSAGE_TOO_BIG.code(),
            CloseCode.INTERNAL_ERROR.code());

    private final RandomGenerator random;
    private final List<String> words;
    private final List<String> reasons;

    /**
     * @param words short ASCII words for text payloads (a masked payload is one of them)
     * @param reasons close reasons, each at most 123 bytes of UTF-8 (5.5: 125 for the whole close body)
     */
    public FrameDrill(RandomGenerator random, List<String> words, List<String> reasons) {
        if (words.isEmpty() || reasons.isEmpty()) {
            throw new IllegalArgumentException("the drill needs at least one word and one close reason");
        }
        this.random = random;
        this.words = List.copyOf(words);
        this.reasons = List.copyOf(reasons);
    }

    public Exercise make(Kind kind) {
        return switch (kind) {
            case FRAGMENTED -> fragmented();
            case LENGTH_16 -> length16();
            case CLOSE -> close();
            case MASKED -> masked();
        };
    }

    /** A text message from the server in two frames: text without FIN, then a continuation with FIN (5.4). */
    private Exercise fragmented() {
        String first = pick(words);
        String second = " " + pick(words);
        byte[] a = FrameEncoder.encode(false, 0, Opcode.TEXT.code(), utf8(first), null);
        byte[] b = FrameEncoder.encode(true, 0, Opcode.CONTINUATION.code(), utf8(second), null);
        return new Exercise(Kind.FRAGMENTED, List.of(a, b), List.of(
                Field.bit("FIN of frame 1", false),
                Field.opcode("opcode of frame 1", Opcode.TEXT),
                Field.bit("FIN of frame 2", true),
                Field.opcode("opcode of frame 2", Opcode.CONTINUATION),
                Field.text("the whole message", first + second)));
    }

    /** A binary message from the server too long for 7 bits and short enough for 16 (126..65535 bytes). */
    private Exercise length16() {
        int length = 126 + random.nextInt(2000);
        byte[] payload = new byte[length];
        random.nextBytes(payload);
        byte[] frame = FrameEncoder.encode(Opcode.BINARY, payload, null);
        return new Exercise(Kind.LENGTH_16, List.of(frame), List.of(
                Field.opcode("opcode", Opcode.BINARY),
                Field.number("the 7-bit length field in byte 1", 126),
                Field.number("the payload length, in bytes (decimal)", length),
                Field.number("the byte at which the payload starts (counting from 0)", 4)));
    }

    /** The server closes with a status code and a reason (5.5.1, 7.4). */
    private Exercise close() {
        int code = random.nextInt(4) == 0 ? 4000 + random.nextInt(1000) : pick(CLOSE_CODES);
        String reason = pick(reasons);
        byte[] frame = FrameEncoder.close(code, reason, null);
        return new Exercise(Kind.CLOSE, List.of(frame), List.of(
                Field.opcode("opcode", Opcode.CLOSE),
                Field.number("the payload length", frame.length - 2),
                Field.number("the status code (decimal)", code),
                Field.text("the reason", reason)));
    }

    /** A client's masked text frame: the key is bytes 2-5, each payload byte XOR key[i mod 4] (5.3). */
    private Exercise masked() {
        String word = pick(words);
        byte[] key = new byte[4];
        random.nextBytes(key);
        byte[] frame = FrameEncoder.text(word, key);
        return new Exercise(Kind.MASKED, List.of(frame), List.of(
                Field.bit("MASK", true),
                Field.number("the payload length", utf8(word).length),
                Field.hex("the masking key", key),
                Field.text("the payload, unmasked, as text", word)));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Frames to decode and the fields asked about them, in the order asked. */
    public record Exercise(Kind kind, List<byte[]> frames, List<Field> fields) {
        public Exercise {
            frames = List.copyOf(frames);
            fields = List.copyOf(fields);
        }
    }

    /** How an answer is read: a learner writes 0x81, 81 or 129 for the same byte, "yes" or 1 for a bit. */
    public enum Form { BIT, OPCODE, NUMBER, HEX, TEXT }

    /**
     * One field to decode: what is asked, the answer as shown, and how a reply is compared with it.
     *
     * @param value the answer in a canonical form: "1"/"0" for bits, the opcode number, a decimal number,
     *              lower-case hex without spaces, or the text itself
     */
    public record Field(String name, Form form, String value, String shown) {
        static Field bit(String name, boolean set) {
            return new Field(name, Form.BIT, set ? "1" : "0", set ? "1" : "0");
        }

        static Field opcode(String name, Opcode op) {
            return new Field(name, Form.OPCODE, String.valueOf(op.code()), Opcode.describe(op.code()));
        }

        static Field number(String name, long n) {
            return new Field(name, Form.NUMBER, String.valueOf(n), String.valueOf(n));
        }

        static Field hex(String name, byte[] bytes) {
            String hex = dev.wstutor.wire.Hex.compact(bytes);
            return new Field(name, Form.HEX, hex, dev.wstutor.wire.Hex.format(bytes));
        }

        static Field text(String name, String text) {
            return new Field(name, Form.TEXT, text, "\"" + text + "\"");
        }

        /** Whether the learner's reply says the same as the answer, in any of the usual spellings. */
        public boolean accepts(String reply) {
            String r = reply.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (form) {
                case BIT -> bit(r).equals(value);
                case OPCODE -> opcode(r).equals(value);
                case NUMBER -> number(r).equals(value);
                case HEX -> r.replaceAll("0x|[\\s,:]", "").equals(value);
                case TEXT -> unquote(reply.strip()).equals(value);
            };
        }

        private static String bit(String r) {
            return switch (r) {
                case "1", "yes", "y", "true", "set", "on" -> "1";
                case "0", "no", "n", "false", "clear", "unset", "off" -> "0";
                default -> "?";
            };
        }

        private static String opcode(String r) {
            for (Opcode op : Opcode.values()) {
                if (r.equals(op.label()) || r.endsWith(" " + op.label())) {
                    return String.valueOf(op.code());
                }
            }
            // Opcodes are one hex digit: "a" is pong as surely as "0xa" is.
            return r.matches("[0-9a-f]") ? String.valueOf(Integer.parseInt(r, 16)) : number(r);
        }

        /** Decimal, or hex with 0x; digit group separators and a trailing unit are ignored. */
        private static String number(String r) {
            String s = r.replaceAll("[,_ ]", "").replaceAll("(bytes?|bits?)$", "");
            try {
                if (s.startsWith("0x")) {
                    return String.valueOf(Long.parseLong(s.substring(2), 16));
                }
                return String.valueOf(Long.parseLong(s));
            } catch (NumberFormatException e) {
                return "?";
            }
        }

        private static String unquote(String s) {
            if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
                return s.substring(1, s.length() - 1);
            }
            return s;
        }
    }
}
