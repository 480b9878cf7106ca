package dev.wstutor.quiz;

import java.util.List;
import java.util.Set;

/** What a question accepts as right; one shape per question type. */
public sealed interface AnswerKey {

    /** One right option among several; {@code correct} is a 0-based index. */
    record Choice(List<String> options, int correct) implements AnswerKey {
    }

    /** Several right options; credit is given per option, wrong picks take it back. */
    record Multi(List<String> options, Set<Integer> correct) implements AnswerKey {
    }

    record TrueFalse(boolean value) implements AnswerKey {
    }

    /** A gap to fill; the first accepted answer is the one shown as the answer. */
    record Blank(List<String> accepted) implements AnswerKey {
    }

    /** Steps in their right order; they are shown shuffled. */
    record Order(List<String> steps) implements AnswerKey {
    }

    /** Free text graded by concepts (short and scenario questions). */
    record Free(Rubric rubric, String model, Examples examples) implements AnswerKey {
    }

    /** A question about a frame or handshake captured while the quiz runs; {@code probe} names the capture. */
    record Live(String probe, String ask) implements AnswerKey {
    }

    /** Answers a teacher would call right and wrong; the tests and {@code --lint} hold the rubric to them. */
    record Examples(List<String> correct, List<String> wrong) {
        public static final Examples NONE = new Examples(List.of(), List.of());
    }
}
