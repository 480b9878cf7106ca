package dev.wstutor.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of question the bank may hold; the name is what a question file writes in {@code type:}. */
public enum QuestionType {
    CHOICE(1), MULTI(2), TRUEFALSE(1), BLANK(1), ORDER(2), SHORT(3), SCENARIO(3), LIVE(2);

    private final double defaultPoints;

    QuestionType(double defaultPoints) {
        this.defaultPoints = defaultPoints;
    }

    /** Free-text answers earn more: they ask the learner to produce ideas, not to recognise them. */
    public double defaultPoints() {
        return defaultPoints;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFreeText() {
        return this == SHORT || this == SCENARIO;
    }

    public static Optional<QuestionType> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
    }
}
