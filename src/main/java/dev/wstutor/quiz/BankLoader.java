package dev.wstutor.quiz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code <lessons>/quiz/*.yaml}. Each file, and each question in it, loads on its own: a broken
 * question or a YAML syntax error becomes a {@link Problem} with file and line, and everything else
 * still loads. {@code lexicon.yaml} in the same folder holds the grading vocabulary.
 */
public final class BankLoader {
    public static final String LEXICON_FILE = "lexicon.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern COVERS = Pattern.compile("(ws|sio|vs)-[1-3]");
    private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "topic", "lesson", "step", "covers",
            "prompt", "hint", "explanation", "points");
    private static final Map<QuestionType, Set<String>> TYPE_FIELDS = Map.of(
            QuestionType.CHOICE, Set.of("options", "answer"),
            QuestionType.MULTI, Set.of("options", "answer"),
            QuestionType.TRUEFALSE, Set.of("answer"),
            QuestionType.BLANK, Set.of("accept"),
            QuestionType.ORDER, Set.of("steps"),
            QuestionType.SHORT, Set.of("concepts", "misconceptions", "model", "examples", "full"),
            QuestionType.SCENARIO, Set.of("concepts", "misconceptions", "model", "examples", "full"),
            QuestionType.LIVE, Set.of("probe", "ask"));

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The quiz folder inside a lessons folder. */
    public static Path quizDir(Path lessons) {
        return lessons.resolve("quiz");
    }

    public QuestionBank load(Path lessons) {
        Path dir = quizDir(lessons);
        List<Problem> problems = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Lexicon lexicon = Lexicon.EMPTY;
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(new Source(dir, 0), "no quiz folder here: questions live in <lessons>/quiz/*.yaml"));
            return new QuestionBank(List.of(), lexicon, problems);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")
                    || p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(new Source(dir, 0), "cannot list the quiz folder: " + e.getMessage()));
            return new QuestionBank(List.of(), lexicon, problems);
        }
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            if (file.getFileName().toString().equals(LEXICON_FILE)) {
                lexicon = loadLexicon(file, problems);
                continue;
            }
            for (Question q : loadFile(file, problems)) {
                if (ids.add(q.id())) {
                    questions.add(q);
                } else {
                    problems.add(new Problem(q.source(), "duplicate id '" + q.id() + "'; this copy is ignored"));
                }
            }
        }
        return new QuestionBank(List.copyOf(questions), lexicon, List.copyOf(problems));
    }

    /** A question file bigger than this is refused unread: the whole bank is loaded at every quiz start. */
    static final long MAX_FILE_BYTES = 1 << 20;

    List<Question> loadFile(Path file, List<Problem> problems) {
        List<Question> out = new ArrayList<>();
        try {
            long size = java.nio.file.Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new Problem(new Source(file, 1), "is " + size + " bytes; a question file may be at most "
                        + MAX_FILE_BYTES + " bytes (1 MiB): split it or remove it"));
                return out;
            }
        } catch (java.io.IOException e) {
            // reported below by the parser, which cannot read it either
        }
        try (JsonParser p = yaml.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new Problem(new Source(file, line(p.currentTokenLocation())),
                        "expected a mapping with a 'questions:' list"));
                return out;
            }
            boolean sawQuestions = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("questions")) {
                    problems.add(new Problem(new Source(file, line(p.currentTokenLocation())),
                            "unknown top-level field '" + field + "' (only 'questions:' is read)"));
                    p.skipChildren();
                    continue;
                }
                sawQuestions = true;
                if (value != JsonToken.START_ARRAY) {
                    problems.add(new Problem(new Source(file, line(p.currentTokenLocation())),
                            "'questions:' must be a list"));
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Source src = new Source(file, line(p.currentTokenLocation()));
                    JsonNode node = yaml.readTree(p);
                    try {
                        out.add(toQuestion(node, src, problems));
                    } catch (BadQuestion e) {
                        problems.add(new Problem(src, e.getMessage()));
                    }
                }
            }
            if (!sawQuestions) {
                problems.add(new Problem(new Source(file, 1), "no 'questions:' list in this file"));
            }
        } catch (JsonProcessingException e) {
            // A syntax error stops this file where it is; the questions before it are kept.
            problems.add(new Problem(new Source(file, line(e.getLocation())), "YAML error: " + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            problems.add(new Problem(new Source(file, 0), "cannot read: " + e.getMessage()));
        }
        return out;
    }

    private static int line(JsonLocation loc) {
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** A question that cannot be used; the message names the field. */
    static final class BadQuestion extends Exception {
        BadQuestion(String message) {
            super(message);
        }
    }

    private Question toQuestion(JsonNode n, Source src, List<Problem> problems) throws BadQuestion {
        if (!n.isObject()) {
            throw new BadQuestion("a question must be a mapping of fields");
        }
        String id = text(n, "id", null);
        if (id == null) {
            throw new BadQuestion("question without 'id'");
        }
        String where = "question '" + id + "': ";
        if (!ID.matcher(id).matches()) {
            throw new BadQuestion(where + "id must be lower-case letters, digits and dashes");
        }
        String typeName = text(n, "type", null);
        if (typeName == null) {
            throw new BadQuestion(where + "missing 'type'");
        }
        QuestionType type = QuestionType.parse(typeName.toLowerCase(Locale.ROOT)).orElseThrow(() -> new BadQuestion(
                where + "unknown type '" + typeName + "' (known: choice, multi, truefalse, blank, order, short, scenario, live)"));
        Set<String> allowed = new HashSet<>(COMMON_FIELDS);
        allowed.addAll(TYPE_FIELDS.get(type));
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problems.add(new Problem(src, where + "unknown field '" + f + "' for a " + type.yamlName() + " question"));
            }
        }
        String topic = required(n, "topic", where);
        String lesson = required(n, "lesson", where);
        String step = text(n, "step", null);
        List<String> covers = strings(n, "covers", where);
        for (String c : covers) {
            if (!COVERS.matcher(c).matches()) {
                throw new BadQuestion(where + "covers '" + c + "' is not one of ws-1..ws-3, sio-1..sio-3, vs-1..vs-3");
            }
        }
        String prompt = required(n, "prompt", where);
        String hint = text(n, "hint", null);
        String explanation = required(n, "explanation", where);
        double points = n.has("points") ? n.get("points").asDouble(type.defaultPoints()) : type.defaultPoints();
        if (!(points > 0)) {
            throw new BadQuestion(where + "'points' must be positive");
        }
        AnswerKey key = switch (type) {
            case CHOICE -> {
                List<String> options = options(n, where);
                yield new AnswerKey.Choice(options, letter(required(n, "answer", where), options.size(), where));
            }
            case MULTI -> {
                List<String> options = options(n, where);
                Set<Integer> correct = new LinkedHashSet<>();
                for (String s : strings(n, "answer", where)) {
                    correct.add(letter(s, options.size(), where));
                }
                if (correct.isEmpty()) {
                    throw new BadQuestion(where + "'answer' must list at least one option letter");
                }
                yield new AnswerKey.Multi(options, Set.copyOf(correct));
            }
            case TRUEFALSE -> {
                JsonNode a = n.get("answer");
                if (a == null || !a.isBoolean()) {
                    throw new BadQuestion(where + "'answer' must be true or false");
                }
                yield new AnswerKey.TrueFalse(a.booleanValue());
            }
            case BLANK -> {
                List<String> accept = strings(n, "accept", where);
                if (accept.isEmpty()) {
                    throw new BadQuestion(where + "'accept' must list at least one answer");
                }
                yield new AnswerKey.Blank(accept);
            }
            case ORDER -> {
                List<String> steps = strings(n, "steps", where);
                if (steps.size() < 2) {
                    throw new BadQuestion(where + "'steps' must list at least two steps");
                }
                yield new AnswerKey.Order(steps);
            }
            case SHORT, SCENARIO -> freeText(n, where);
            case LIVE -> new AnswerKey.Live(required(n, "probe", where), required(n, "ask", where));
        };
        return new Question(id, type, topic, lesson, step, covers, prompt, hint, explanation, points, key, src);
    }

    private AnswerKey.Free freeText(JsonNode n, String where) throws BadQuestion {
        JsonNode cs = n.get("concepts");
        if (cs == null || !cs.isArray() || cs.isEmpty()) {
            throw new BadQuestion(where + "'concepts' must list at least one concept");
        }
        List<Rubric.Concept> concepts = new ArrayList<>();
        for (JsonNode c : cs) {
            String cid = required(c, "id", where + "concept ");
            String cw = where + "concept '" + cid + "': ";
            double weight = c.has("weight") ? c.get("weight").asDouble(-1) : 1;
            if (!(weight > 0)) {
                throw new BadQuestion(cw + "'weight' must be positive");
            }
            List<String> phrasings = strings(c, "phrasings", cw);
            if (phrasings.isEmpty()) {
                throw new BadQuestion(cw + "'phrasings' must list at least one phrasing");
            }
            concepts.add(new Rubric.Concept(cid, text(c, "label", cid), weight, phrasings,
                    c.has("slack") ? c.get("slack").asInt() : RubricGrader.DEFAULT_CONCEPT_SLACK, text(c, "about", null)));
        }
        List<Rubric.Misconception> misconceptions = new ArrayList<>();
        JsonNode ms = n.get("misconceptions");
        if (ms != null && !ms.isNull()) {
            if (!ms.isArray()) {
                throw new BadQuestion(where + "'misconceptions' must be a list");
            }
            for (JsonNode m : ms) {
                String mid = required(m, "id", where + "misconception ");
                String mw = where + "misconception '" + mid + "': ";
                List<String> phrasings = strings(m, "phrasings", mw);
                if (phrasings.isEmpty()) {
                    throw new BadQuestion(mw + "'phrasings' must list at least one phrasing");
                }
                misconceptions.add(new Rubric.Misconception(mid, phrasings,
                        m.has("penalty") ? m.get("penalty").asDouble() : 0.3, required(m, "correction", mw),
                        m.has("slack") ? m.get("slack").asInt() : RubricGrader.DEFAULT_MISCONCEPTION_SLACK,
                        text(m, "about", null)));
            }
        }
        String model = required(n, "model", where);
        AnswerKey.Examples examples = AnswerKey.Examples.NONE;
        JsonNode ex = n.get("examples");
        if (ex != null && !ex.isNull()) {
            examples = new AnswerKey.Examples(strings(ex, "correct", where + "examples "),
                    strings(ex, "wrong", where + "examples "));
        }
        double full = n.has("full") ? n.get("full").asDouble(-1) : 0;
        if (full < 0) {
            throw new BadQuestion(where + "'full' must be a positive weight");
        }
        return new AnswerKey.Free(new Rubric(List.copyOf(concepts), List.copyOf(misconceptions), full), model, examples);
    }

    private static List<String> options(JsonNode n, String where) throws BadQuestion {
        List<String> options = strings(n, "options", where);
        if (options.size() < 2 || options.size() > 8) {
            throw new BadQuestion(where + "'options' must list 2 to 8 options");
        }
        return options;
    }

    private static int letter(String s, int count, String where) throws BadQuestion {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.length() == 1 && t.charAt(0) >= 'a' && t.charAt(0) < 'a' + count) {
            return t.charAt(0) - 'a';
        }
        throw new BadQuestion(where + "answer '" + s + "' is not an option letter a.." + (char) ('a' + count - 1));
    }

    private static String text(JsonNode n, String field, String fallback) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? fallback : v.asText();
    }

    private static String required(JsonNode n, String field, String where) throws BadQuestion {
        String v = text(n, field, null);
        if (v == null || v.isBlank()) {
            throw new BadQuestion(where + "missing '" + field + "'");
        }
        return v.strip();
    }

    private static List<String> strings(JsonNode n, String field, String where) throws BadQuestion {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new BadQuestion(where + "'" + field + "' must be a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isValueNode()) {
                throw new BadQuestion(where + "'" + field + "' must be a list of plain values");
            }
            out.add(e.asText());
        }
        return List.copyOf(out);
    }

    private Lexicon loadLexicon(Path file, List<Problem> problems) {
        try {
            JsonNode n = yaml.readTree(file.toFile());
            Map<String, List<String>> synonyms = new LinkedHashMap<>();
            JsonNode syn = n == null ? null : n.get("synonyms");
            if (syn != null && syn.isObject()) {
                for (Map.Entry<String, JsonNode> e : syn.properties()) {
                    List<String> spellings = new ArrayList<>();
                    e.getValue().forEach(v -> spellings.add(v.asText()));
                    synonyms.put(e.getKey(), List.copyOf(spellings));
                }
            }
            Set<String> subjects = new LinkedHashSet<>();
            JsonNode subj = n == null ? null : n.get("subjects");
            if (subj != null && subj.isArray()) {
                subj.forEach(v -> subjects.add(v.asText()));
            }
            Set<String> sides = new LinkedHashSet<>();
            JsonNode sd = n == null ? null : n.get("sides");
            if (sd != null && sd.isArray()) {
                sd.forEach(v -> sides.add(v.asText()));
            }
            return new Lexicon(Map.copyOf(synonyms), Set.copyOf(subjects), Set.copyOf(sides));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(new Source(file, line(e.getLocation())), "YAML error: " + firstLine(e.getOriginalMessage())
                    + "; grading without the lexicon"));
        } catch (IOException e) {
            problems.add(new Problem(new Source(file, 0), "cannot read: " + e.getMessage()));
        }
        return Lexicon.EMPTY;
    }
}
