package dev.wstutor.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Node;

/** One piece of a step, in the order the author wrote it: prose to render, a live demo, or a question. */
public sealed interface Part permits Part.Prose, Part.DemoCall, Part.Check {

    /**
     * Markdown blocks to render, held as the parsed tree (a commonmark {@code Document}).
     * The tree is mutable by type but never changed after parsing.
     */
    record Prose(Node document) implements Part {
    }

    /**
     * A {@code ```demo NAME} block: the engine runs the demo of that name with these arguments.
     *
     * @param line where the directive starts, for errors the demo reports
     */
    record DemoCall(String name, Map<String, String> args, int line) implements Part {
        public DemoCall {
            args = Map.copyOf(args);
        }
    }

    /**
     * A {@code ```check} block: a question asked inline, answered, then explained. Either it names a question of the
     * quiz bank ({@code quiz: ID}: asked, graded and recorded as in the quiz) or it writes its own blank to fill.
     *
     * @param answers accepted answers; the first is the one shown (empty when {@code quiz} is given)
     * @param quiz the id of a quiz question to ask here, or null
     */
    record Check(String question, List<String> answers, String explanation, int line, String quiz) implements Part {
        public Check {
            answers = List.copyOf(answers);
        }

        public Check(String question, List<String> answers, String explanation, int line) {
            this(question, answers, explanation, line, null);
        }

        /** Forgiving about case, punctuation, spacing and a leading article: we test ideas, not typing. */
        public boolean accepts(String reply) {
            String said = normalize(reply);
            return !said.isEmpty() && answers.stream().map(Check::normalize).anyMatch(said::equals);
        }

        static String normalize(String s) {
            String t = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").strip().replaceAll("\\s+", " ");
            return t.replaceFirst("^(a|an|the) ", "");
        }
    }
}
