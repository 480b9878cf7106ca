package dev.wstutor.quiz;

import java.util.Arrays;

/** For rubric authors: lists phrasings that lose words to the stopword list, to spot ones grown too loose. */
public final class PhrasingScan {
    private PhrasingScan() {
    }

    public static void main(String[] args) {
        QuestionBank bank = BankFixture.load();
        RubricGrader g = new RubricGrader(bank.lexicon());
        for (Question q : bank.questions()) {
            if (q.key() instanceof AnswerKey.Free f) {
                f.rubric().concepts().forEach(c -> c.phrasings().forEach(p -> show(q, c.id(), p, g)));
                f.rubric().misconceptions().forEach(m -> m.phrasings().forEach(p -> show(q, "!" + m.id(), p, g)));
            }
        }
    }

    private static void show(Question q, String id, String p, RubricGrader g) {
        RubricGrader.Phrase ph = g.phrase(p);
        int words = p.trim().split("[\\s-]+").length;
        if (ph.words().length < words || ph.words().length == 1) {
            System.out.printf("%-26s %-22s %-40s -> %s%s%n", q.id(), id, p, Arrays.toString(ph.words()), ph.negative() ? " (negative)" : "");
        }
    }
}
