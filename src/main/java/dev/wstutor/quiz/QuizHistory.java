package dev.wstutor.quiz;

import java.util.ArrayList;
import java.util.List;

/** Every attempt so far, oldest first: the file {@code quiz-history.json} in the state folder. */
public record QuizHistory(List<Attempt> attempts) {
    public static final String FILE = "quiz-history.json";

    public QuizHistory {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public static QuizHistory empty() {
        return new QuizHistory(List.of());
    }

    public QuizHistory plus(List<Attempt> more) {
        List<Attempt> all = new ArrayList<>(attempts);
        all.addAll(more);
        return new QuizHistory(all);
    }
}
