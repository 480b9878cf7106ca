package dev.wstutor.quiz;

import java.nio.file.Files;
import java.nio.file.Path;

/** For rubric authors: grades a TSV of (question id, C or W, answer) written after tuning, and counts verdicts. */
public final class HeldOut {
    private HeldOut() {
    }

    public static void main(String[] args) throws Exception {
        QuestionBank bank = BankFixture.load();
        RubricGrader g = new RubricGrader(bank.lexicon());
        int ok = 0;
        int all = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            AnswerKey.Free key = (AnswerKey.Free) bank.byId(f[0]).orElseThrow().key();
            double s = g.grade(key.rubric(), f[2]).fraction();
            boolean right = f[1].equals("C") ? s >= 0.7 : s <= 0.3;
            all++;
            ok += right ? 1 : 0;
            System.out.printf("%s %-22s %s %3.0f%%  %s%n", right ? "ok  " : "MISS", f[0], f[1], s * 100, f[2]);
        }
        System.out.println(ok + " of " + all + " verdicts as intended");
    }
}
