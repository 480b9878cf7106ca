package dev.wstutor.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns the text of one lesson file into a {@link Lesson}: front matter, then Markdown parsed by commonmark,
 * split into steps at each level-2 heading, with {@code ```demo NAME} and {@code ```check} fenced blocks
 * lifted out as directives. Fenced blocks with any other info string (http, js, text) stay ordinary code.
 */
public final class LessonParser {
    static final String DEMO = "demo";
    static final String CHECK = "check";
    private static final List<String> CHECK_KEYS = List.of("quiz", "question", "answer", "explain");

    private final DemoRegistry demos;
    private final Parser markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    public LessonParser(DemoRegistry demos) {
        this.demos = demos;
    }

    public Lesson parse(Path source, String text) throws LessonFileException {
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        FrontMatter meta = FrontMatter.parse(lines);
        // Blank the front matter rather than cut it, so commonmark's line numbers are the file's line numbers.
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            body.append(i < meta.lines() ? "" : lines.get(i)).append('\n');
        }
        Node document = markdown.parse(body.toString());
        rejectNestedDirectives(document);

        List<Part> intro = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        String stepTitle = null;
        int stepLine = 0;
        List<Part> parts = intro;
        Document prose = null;
        Node node = document.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof Heading h && h.getLevel() == 1 && stepTitle == null && textOf(h).equals(meta.title())) {
                // The file's own title, for readers of the raw Markdown; the runner shows the title already.
                h.unlink();
            } else if (node instanceof Heading h && h.getLevel() == 2) {
                if (stepTitle != null) {
                    steps.add(step(stepTitle, stepLine, parts));
                }
                stepTitle = textOf(h);
                stepLine = lineOf(h);
                parts = new ArrayList<>();
                prose = null;
            } else if (node instanceof FencedCodeBlock code && isDirective(code)) {
                parts.add(directive(code));
                prose = null;
            } else {
                if (prose == null) {
                    prose = new Document();
                    parts.add(new Part.Prose(prose));
                }
                prose.appendChild(node); // moves the node out of the parsed document
            }
            node = next;
        }
        if (stepTitle == null) {
            throw new LessonFileException(meta.lines() + 1, "no steps: each step starts with a '## Step title' heading");
        }
        steps.add(step(stepTitle, stepLine, parts));
        return new Lesson(meta, source, intro, steps);
    }

    private static Step step(String title, int line, List<Part> parts) throws LessonFileException {
        if (parts.isEmpty()) {
            throw new LessonFileException(line, "step '" + title + "' is empty");
        }
        return new Step(title, line, parts);
    }

    private static boolean isDirective(FencedCodeBlock code) {
        String word = firstWord(code.getInfo());
        return word.equals(DEMO) || word.equals(CHECK);
    }

    private Part directive(FencedCodeBlock code) throws LessonFileException {
        int line = lineOf(code);
        String[] info = code.getInfo().strip().split("\\s+");
        Map<String, String> args = arguments(code.getLiteral(), line);
        if (info[0].equals(DEMO)) {
            if (info.length != 2) {
                throw new LessonFileException(line, "write a demo as '```demo NAME' with one name, found '```"
                        + code.getInfo().strip() + "'");
            }
            String name = info[1];
            if (!demos.isDeclared(name)) {
                throw new LessonFileException(line, "unknown demo '" + name + "' (known: "
                        + String.join(", ", demos.declared()) + ")");
            }
            return new Part.DemoCall(name, args, line);
        }
        if (info.length != 1) {
            throw new LessonFileException(line, "a check takes no name: write '```check', found '```"
                    + code.getInfo().strip() + "'");
        }
        for (String key : args.keySet()) {
            if (!CHECK_KEYS.contains(key)) {
                throw new LessonFileException(line, "unknown key '" + key + "' in a check (known: "
                        + String.join(", ", CHECK_KEYS) + ")");
            }
        }
        if (args.containsKey("quiz")) {
            if (args.size() > 1) {
                throw new LessonFileException(line, "a check either names a quiz question ('quiz: ID') or writes its own"
                        + " ('question:' and 'answer:'), not both");
            }
            String id = args.get("quiz");
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw new LessonFileException(line, "'quiz:' takes one question id, e.g. 'quiz: ws-push-blank'");
            }
            return new Part.Check("", List.of(), "", line, id);
        }
        for (String key : List.of("question", "answer")) {
            if (!args.containsKey(key)) {
                throw new LessonFileException(line, "the check has no '" + key + ":' line");
            }
        }
        List<String> answers = new ArrayList<>();
        for (String a : args.get("answer").split("\\|")) {
            if (!a.isBlank()) {
                answers.add(a.strip());
            }
        }
        if (answers.isEmpty()) {
            throw new LessonFileException(line, "the check's answer is empty");
        }
        return new Part.Check(args.get("question"), answers, args.getOrDefault("explain", ""), line);
    }

    /**
     * {@code key: value} lines; a line that starts with white space continues the value above it, so long
     * questions and explanations can be wrapped in the file. Blank lines and {@code #} comments are skipped.
     */
    static Map<String, String> arguments(String literal, int fenceLine) throws LessonFileException {
        Map<String, String> args = new LinkedHashMap<>();
        String last = null;
        String[] lines = literal.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int lineNo = fenceLine + 1 + i;
            if (raw.isBlank() || raw.strip().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(raw.charAt(0)) && last != null) {
                args.put(last, args.get(last) + " " + raw.strip());
                continue;
            }
            int colon = raw.indexOf(':');
            String key = colon > 0 ? raw.substring(0, colon).strip() : "";
            if (key.isEmpty() || !key.matches("[a-z][a-z0-9-]*")) {
                throw new LessonFileException(lineNo, "expected 'key: value' in the directive, found '"
                        + raw.strip() + "'");
            }
            if (args.containsKey(key)) {
                throw new LessonFileException(lineNo, "'" + key + "' is given twice in this directive");
            }
            args.put(key, raw.substring(colon + 1).strip());
            last = key;
        }
        return args;
    }

    /** A directive inside a list or quote would silently render as code; say so instead. */
    private static void rejectNestedDirectives(Node document) throws LessonFileException {
        List<FencedCodeBlock> nested = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                if (code.getParent() != document && isDirective(code)) {
                    nested.add(code);
                }
            }
        });
        if (!nested.isEmpty()) {
            throw new LessonFileException(lineOf(nested.get(0)), "a ```" + firstWord(nested.get(0).getInfo())
                    + " block must stand at the top level of a step, not inside a list or quote");
        }
    }

    private static String firstWord(String info) {
        String s = info == null ? "" : info.strip();
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    static String textOf(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.Code code) {
                sb.append(code.getLiteral());
            }
        });
        return sb.toString().strip();
    }
}
