package dev.wstutor.view;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds one line of output (which may hold ANSI colour codes) to a width at spaces, as the lesson text is
 * folded, instead of letting the terminal cut it mid-word. Continuation lines hang under the line's text:
 * indented past the line's own indent and its first field (a frame view's {@code payload   } column), so the
 * folded part reads as part of the same field. Only a word longer than a whole line is cut.
 */
public final class LineWrap {
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;]*m");
    /** A hang deeper than this share of the width would leave too little room for the text. */
    private static final int MAX_HANG_SHARE = 2;

    private LineWrap() {
    }

    public static List<String> wrap(String line, int width) {
        if (width < 20 || visible(line) <= width) {
            return List.of(line);
        }
        String hang = " ".repeat(Math.min(hang(line), width / MAX_HANG_SHARE));
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int used = 0;
        int start = 0;
        // Split into words, each keeping the escapes inside it; runs of spaces between words are kept as they are.
        Matcher words = Pattern.compile("(\\s*)(\\S+)").matcher(line);
        while (words.find()) {
            String space = words.group(1);
            String word = words.group(2);
            int wordWidth = visible(word);
            if (used > start && used + space.length() + wordWidth > width) {
                out.add(current.toString());
                current = new StringBuilder(hang);
                used = start = hang.length();
                space = "";
            }
            current.append(space);
            used += space.length();
            while (used + wordWidth > width && used == start && wordWidth > width - start) {
                // A word longer than the room on a line: cut it where the room ends.
                int room = width - used;
                String head = cut(word, room);
                current.append(head);
                out.add(current.toString());
                word = word.substring(head.length());
                wordWidth = visible(word);
                current = new StringBuilder(hang);
                used = start = hang.length();
            }
            current.append(word);
            used += wordWidth;
        }
        if (used > start || out.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    /** Where folded text starts: after the indent, and after a first short field followed by two spaces. */
    static int hang(String line) {
        String plain = ESCAPE.matcher(line).replaceAll("");
        int indent = 0;
        while (indent < plain.length() && plain.charAt(indent) == ' ') {
            indent++;
        }
        int gap = plain.indexOf("  ", indent);
        if (gap > indent && gap - indent <= 12) {
            int text = gap;
            while (text < plain.length() && plain.charAt(text) == ' ') {
                text++;
            }
            return text;
        }
        return indent + 2;
    }

    /** The longest start of {@code word} that takes at most {@code room} columns, escapes not counted. */
    private static String cut(String word, int room) {
        int seen = 0;
        int i = 0;
        while (i < word.length() && seen < room) {
            Matcher m = ESCAPE.matcher(word).region(i, word.length());
            if (m.lookingAt()) {
                i = m.end();
                continue;
            }
            i += Character.charCount(word.codePointAt(i));
            seen++;
        }
        return word.substring(0, Math.max(1, i));
    }

    /** Columns a string takes on screen: escapes take none. */
    public static int visible(String s) {
        String plain = ESCAPE.matcher(s).replaceAll("");
        return plain.codePointCount(0, plain.length());
    }
}
