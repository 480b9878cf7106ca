package dev.wstutor.quiz;

import java.util.List;

/**
 * One question of the bank. {@code covers} names the study-document questions it tests
 * ({@code ws-1}..{@code vs-3}); {@code lesson} and {@code step} say where to revisit the idea.
 */
public record Question(String id, QuestionType type, String topic, String lesson, String step,
                       List<String> covers, String prompt, String hint, String explanation, double points,
                       AnswerKey key, Source source) {

    /** "lesson what-is-websocket, step 'the protocol'" or just the lesson. */
    public String revisit() {
        return step == null || step.isBlank() ? "lesson " + lesson : "lesson " + lesson + ", step \"" + step + "\"";
    }
}
