package dev.wstutor.quiz;

import java.util.Arrays;

/** For rubric authors: prints how an answer is read and graded. Args: question id, answer text. */
public final class GradeDebug {
    private GradeDebug() {
    }

    public static void main(String[] args) {
        QuestionBank bank = BankFixture.load();
        bank.problems().forEach(System.out::println);
        Question q = bank.byId(args[0]).orElseThrow();
        AnswerKey.Free key = (AnswerKey.Free) q.key();
        TextAnalyzer.Analysis a = new TextAnalyzer(bank.lexicon()).analyze(args[1]);
        System.out.println("stems " + Arrays.toString(a.stems()));
        RubricGrader g = new RubricGrader(bank.lexicon());
        RubricGrade r = g.grade(key.rubric(), args[1]);
        System.out.printf("%.0f%%%n", r.fraction() * 100);
        for (Rubric.Concept c : r.matched()) {
            for (String p : c.phrasings()) {
                RubricGrade one = g.grade(new Rubric(java.util.List.of(new Rubric.Concept(c.id(), c.label(), 1,
                        java.util.List.of(p), c.slack())), java.util.List.of(), 0), args[1]);
                if (one.fraction() > 0) {
                    System.out.println("  " + c.id() + " <- '" + p + "' " + Arrays.toString(g.phrase(p).words()));
                }
            }
        }
        r.misconceptions().forEach(m -> System.out.println("  misconception " + m.id()));
    }
}
