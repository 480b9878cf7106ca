package dev.wstutor.quiz;

/** One answered (or skipped) question, as kept in the history; {@code at} is an ISO-8601 instant. */
public record Attempt(String id, double score, double max, String at, boolean hinted, boolean skipped) {

    public boolean passed() {
        return !skipped && max > 0 && score / max >= AnswerGrader.PASS;
    }
}
