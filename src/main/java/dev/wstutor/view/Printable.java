package dev.wstutor.view;

/**
 * Text a peer controls, made safe for a terminal: control characters (C0, DEL, C1) and the Unicode bidi
 * controls that reorder what a reader sees are shown escaped, so a header value, close reason or URL can
 * neither move the cursor, ring the bell, retitle the window nor hide text. Printable text is unchanged.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code "a\u001b[2Jb"} becomes {@code a\u001b[2Jb} with the ESC written as the six characters {@code \u001b}. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (isSafe(text)) {
            return text; // the common case allocates nothing
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> sb.append(escape(cp)));
        return sb.toString();
    }

    /** One code point: its escape when a terminal would act on it, else itself. */
    static String escape(int cp) {
        return switch (cp) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> isControl(cp) ? String.format("\\u%04x", cp) : new String(Character.toChars(cp));
        };
    }

    /**
     * A finished line that may hold this program's own styling (SGR sequences, {@code ESC [ digits ; m}) and
     * nothing else raw: every other control character is escaped. The last guard before a terminal, for
     * lines built by code that forgot {@link #of}. A tab stays a tab: it only moves the cursor to the next stop on
     * the same line, and this program's own stack traces under {@code --trace} are indented with it.
     */
    public static String line(String line) {
        if (line == null) {
            return "";
        }
        if (isSafe(line)) {
            return line;
        }
        StringBuilder sb = new StringBuilder(line.length() + 16);
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (cp == '\t') {
                sb.append('\t');
                i++;
                continue;
            }
            if (cp == 0x1B) {
                int end = sgrEnd(line, i);
                if (end > 0) {
                    sb.append(line, i, end);
                    i = end;
                    continue;
                }
            }
            sb.append(escape(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The index after {@code ESC [ (digit|;)* m} starting at {@code at}, or -1. */
    private static int sgrEnd(String s, int at) {
        int i = at + 1;
        if (i >= s.length() || s.charAt(i) != '[') {
            return -1;
        }
        i++;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80 || s.charAt(i) == ';')) {
            i++;
        }
        return i < s.length() && s.charAt(i) == 'm' ? i + 1 : -1;
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** C0, DEL, C1, and the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069). */
    static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
