package dev.wstutor.cli;

import dev.wstutor.lesson.CheckAsker;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.Part;
import dev.wstutor.quiz.AnswerGrader;
import dev.wstutor.quiz.AnswerKey;
import dev.wstutor.quiz.HistoryRecorder;
import dev.wstutor.quiz.LiveProbes;
import dev.wstutor.quiz.Presenter;
import dev.wstutor.quiz.Question;
import dev.wstutor.quiz.QuestionBank;
import dev.wstutor.quiz.QuestionType;
import dev.wstutor.quiz.QuizSession;
import dev.wstutor.quiz.Source;
import dev.wstutor.view.Console;
import dev.wstutor.view.Style;
import java.security.SecureRandom;
import java.util.List;

/**
 * A lesson's inline checks, asked by the quiz engine: a {@code quiz: ID} check is that question of the bank, graded
 * and given feedback as in the quiz and recorded in the quiz history (so {@code progress} and {@code quiz --review}
 * count it); a check that writes its own blank is graded by the same grader as a blank question, but not recorded
 * (it has no place in the bank to be reviewed from).
 */
final class QuizChecks implements CheckAsker {
    private final QuestionBank bank;
    private final QuizSession session;

    QuizChecks(QuestionBank bank, Console console, Style style, HistoryRecorder history) {
        this.bank = bank;
        Presenter presenter = new Presenter(new SecureRandom(), new LiveProbes(new SecureRandom()));
        this.session = new QuizSession(new AnswerGrader(bank.lexicon()), presenter, console, console.out(), style,
                o -> {
                    if (bank.byId(o.id()).isPresent()) {
                        history.accept(o);
                    }
                });
    }

    @Override
    public boolean ask(Lesson lesson, Part.Check check) {
        Question q = check.quiz() == null ? inline(lesson, check) : bank.byId(check.quiz()).orElse(null);
        if (q == null) {
            session.out().println("(this check names quiz question '" + check.quiz() + "', which is not in the bank;"
                    + " wstutor lint says more)");
            return true;
        }
        return !(session.askOne(q, "Check:") instanceof QuizSession.Stopped);
    }

    private static Question inline(Lesson lesson, Part.Check check) {
        return new Question("check-" + lesson.id() + "-" + check.line(), QuestionType.BLANK, "check", lesson.id(), null,
                List.of(), check.question(), null, check.explanation(), 1, new AnswerKey.Blank(check.answers()),
                new Source(lesson.source(), check.line()));
    }
}
