package dev.wstutor.quiz;

import java.util.List;

/**
 * What one answer earned and why: the concepts (or facts) found and missed, corrections for stated
 * misconceptions, the right answer and the explanation. {@code score} already includes any hint cost.
 */
public record Outcome(String id, QuestionType type, String topic, double score, double max, List<String> matched,
                      List<String> missed, List<String> corrections, boolean skipped, boolean hinted,
                      String answer, String explanation, String revisit, String note) {

    public double fraction() {
        return max <= 0 ? 0 : score / max;
    }

    /** How right the answer itself was, before the hint's cost. */
    public double answerFraction() {
        return hinted ? fraction() / (1 - AnswerGrader.HINT_COST) : fraction();
    }

    /** Right enough to count as known. */
    public boolean passed() {
        return !skipped && answerFraction() >= AnswerGrader.PASS - 1e-9;
    }
}
