package dev.wstutor.socketio;

/** Makes peer-controlled text safe to quote inside a reason: control characters become escapes. */
final class Escapes {
    private Escapes() {
    }

    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0x2028 || cp == 0x2029) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** At most {@code max} characters of a peer's text, for a reason that must stay one short line. */
    static String excerpt(String s, int max) {
        String cut = s.length() > max ? s.substring(0, max) + "…" : s;
        return visible(cut);
    }
}
