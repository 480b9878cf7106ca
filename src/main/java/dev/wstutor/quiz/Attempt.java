package dev.wstutor.quiz;

/**
 * One answered (or skipped) question, as kept in the history; {@code at} is an ISO-8601 instant.
 * An answer that needed a hint does not count as known: the Leitner box goes back to 1.
 */
public record Attempt(String id, double score, double max, String at, boolean hinted, boolean skipped) {

    public boolean passed() {
        return !skipped && !hinted && max > 0 && score / max >= AnswerGrader.PASS - 1e-9;
    }
}
