package dev.wstutor.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header of a lesson file, between two {@code ---} lines:
 * <pre>
 * ---
 * id: handshake
 * title: The opening handshake
 * order: 2
 * covers: [ws-2, ws-3]
 * ---
 * </pre>
 * Deliberately a tiny, flat subset of YAML read line by line: it is all a lesson needs, and owning the
 * reader lets every mistake be reported at its own line rather than somewhere inside a YAML error.
 *
 * @param lines how many lines the block takes, fences included, so the body's line numbers stay true
 */
public record FrontMatter(String id, String title, int order, List<String> covers, int idLine, int lines) {
    static final String FENCE = "---";
    private static final List<String> KEYS = List.of("id", "title", "order", "covers");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COVERED = Pattern.compile("[a-z]+-[0-9]+");

    public FrontMatter {
        covers = List.copyOf(covers);
    }

    public static FrontMatter parse(List<String> fileLines) throws LessonFileException {
        if (fileLines.isEmpty() || !fileLines.get(0).strip().equals(FENCE)) {
            throw new LessonFileException(1, "a lesson starts with front matter: a line '---', then id, title, "
                    + "order and covers, then '---'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        int close = -1;
        for (int i = 1; i < fileLines.size(); i++) {
            String raw = fileLines.get(i);
            int lineNo = i + 1;
            if (raw.strip().equals(FENCE)) {
                close = i;
                break;
            }
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = raw.indexOf(':');
            if (colon <= 0) {
                throw new LessonFileException(lineNo, "expected 'key: value' in the front matter, found '"
                        + raw.strip() + "'");
            }
            String key = raw.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                throw new LessonFileException(lineNo, "unknown front matter key '" + key + "' (known: "
                        + String.join(", ", KEYS) + ")");
            }
            if (values.containsKey(key)) {
                throw new LessonFileException(lineNo, "'" + key + "' is given twice (first at line "
                        + lineOf.get(key) + ")");
            }
            String value = unquote(raw.substring(colon + 1).strip());
            if (value.isEmpty()) {
                throw new LessonFileException(lineNo, "'" + key + "' has no value");
            }
            values.put(key, value);
            lineOf.put(key, lineNo);
        }
        if (close < 0) {
            throw new LessonFileException(1, "the front matter opened here is never closed with '---'");
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new LessonFileException(close + 1, "the front matter has no '" + key + "'");
            }
        }
        String id = values.get("id");
        if (!ID.matcher(id).matches()) {
            throw new LessonFileException(lineOf.get("id"), "id '" + id
                    + "' should be lower-case words joined by '-', like 'what-is-websocket'");
        }
        int order;
        try {
            order = Integer.parseInt(values.get("order"));
        } catch (NumberFormatException e) {
            throw new LessonFileException(lineOf.get("order"), "order should be a whole number, found '"
                    + values.get("order") + "'");
        }
        if (order < 1) {
            throw new LessonFileException(lineOf.get("order"), "order should be 1 or more, found " + order);
        }
        List<String> covers = parseList(values.get("covers"), lineOf.get("covers"));
        return new FrontMatter(id, values.get("title"), order, covers, lineOf.get("id"), close + 1);
    }

    private static List<String> parseList(String value, int lineNo) throws LessonFileException {
        if (!value.startsWith("[") || !value.endsWith("]")) {
            throw new LessonFileException(lineNo, "covers should be a list like [ws-2, ws-3], found '" + value + "'");
        }
        List<String> items = new ArrayList<>();
        String inner = value.substring(1, value.length() - 1).strip();
        if (inner.isEmpty()) {
            throw new LessonFileException(lineNo, "covers is empty: name the study questions this lesson teaches");
        }
        for (String item : inner.split(",")) {
            String id = unquote(item.strip());
            if (!COVERED.matcher(id).matches()) {
                throw new LessonFileException(lineNo, "'" + id + "' in covers is not a question id like ws-2");
            }
            items.add(id);
        }
        return items;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
