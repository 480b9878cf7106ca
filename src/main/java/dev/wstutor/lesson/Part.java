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
     * A {@code ```check} block: a question asked inline, answered, then explained.
     *
     * @param answers accepted answers; the first is the one shown
     */
    record Check(String question, List<String> answers, String explanation, int line) implements Part {
        public Check {
            answers = List.copyOf(answers);
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
