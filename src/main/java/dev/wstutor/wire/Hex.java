package dev.wstutor.wire;

/** Hex text to bytes and back, in the forms people paste: "81 85 37", "818537", "0x81,0x85", "81:85". */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** Parses hex, ignoring whitespace, commas, colons and 0x prefixes; the message names the first bad character. */
    public static byte[] parse(String text) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ':' || c == '-') {
                continue;
            }
            if (c == '0' && i + 1 < text.length() && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
                i++;
                continue;
            }
            if (Character.digit(c, 16) < 0) {
                throw new IllegalArgumentException("'" + c + "' at position " + (i + 1) + " is not a hex digit");
            }
            digits.append(c);
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits (" + digits.length() + "): each byte takes two");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** "81 85 37 fa" */
    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    public static String format(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, (to - from) * 3));
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(DIGITS[(bytes[i] >> 4) & 0xF]).append(DIGITS[bytes[i] & 0xF]);
        }
        return sb.toString();
    }

    /** "37fa213d", the compact form for keys. */
    public static String compact(byte[] bytes) {
        return format(bytes).replace(" ", "");
    }

    /** The classic dump: offset, 16 bytes in hex, the same bytes as ASCII. */
    public static String dump(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < bytes.length; row += 16) {
            int end = Math.min(bytes.length, row + 16);
            sb.append(String.format("%04x  ", row));
            String hex = format(bytes, row, end);
            sb.append(hex).append(" ".repeat(48 - hex.length())).append(" |");
            for (int i = row; i < end; i++) {
                int b = bytes[i] & 0xFF;
                sb.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
            }
            sb.append("|\n");
        }
        return sb.toString();
    }
}
