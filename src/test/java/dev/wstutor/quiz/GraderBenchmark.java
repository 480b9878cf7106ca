package dev.wstutor.quiz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How long grading one free-text answer takes: every example answer of the shipped bank (right and wrong)
 * graded against its rubric, after a warm-up, one timing per answer. Run by scripts/bench-grader.
 */
public final class GraderBenchmark {
    private GraderBenchmark() {
    }

    public static void main(String[] args) {
        Path lessons = Path.of(args.length > 0 ? args[0] : "lessons");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        QuestionBank bank = new BankLoader().load(lessons);
        RubricGrader grader = new RubricGrader(bank.lexicon());
        List<Rubric> rubrics = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (Question q : bank.questions()) {
            if (q.key() instanceof AnswerKey.Free f) {
                for (String a : f.examples().correct()) {
                    rubrics.add(f.rubric());
                    answers.add(a);
                }
                for (String a : f.examples().wrong()) {
                    rubrics.add(f.rubric());
                    answers.add(a);
                }
                rubrics.add(f.rubric());
                answers.add(f.model());
            }
        }
        double sink = 0;
        for (int r = 0; r < 50; r++) { // warm-up: let the JIT compile the grader
            for (int i = 0; i < answers.size(); i++) {
                sink += grader.grade(rubrics.get(i), answers.get(i)).fraction();
            }
        }
        long[] nanos = new long[rounds * answers.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < answers.size(); i++) {
                long t0 = System.nanoTime();
                sink += grader.grade(rubrics.get(i), answers.get(i)).fraction();
                nanos[k++] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        Rubric big = rubrics.get(0);
        String huge = answers.get(0) + " " + "lorem ipsum dolor ".repeat(60_000);
        long[] hugeNanos = new long[200];
        for (int i = 0; i < hugeNanos.length; i++) {
            long t0 = System.nanoTime();
            sink += grader.grade(big, huge).fraction();
            hugeNanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(hugeNanos);
        System.out.printf(Locale.ROOT, "answers: %d distinct (%d free-text questions), %d timed gradings%n", answers.size(),
                bank.questions().stream().filter(q -> q.type().isFreeText()).count(), nanos.length);
        System.out.printf(Locale.ROOT, "median per answer: %.3f ms   p90: %.3f ms   p99: %.3f ms   max: %.3f ms%n",
                ms(nanos[nanos.length / 2]), ms(nanos[nanos.length * 9 / 10]), ms(nanos[nanos.length * 99 / 100]),
                ms(nanos[nanos.length - 1]));
        System.out.printf(Locale.ROOT, "a 1 MB answer (graded on its first %d characters): median %.3f ms%n",
                TextAnalyzer.MAX_CHARS, ms(hugeNanos[hugeNanos.length / 2]));
        if (sink < 0) {
            System.out.println(sink);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
