package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.lesson.DemoRegistry;
import dev.wstutor.lesson.Lesson;
import dev.wstutor.lesson.LessonParser;
import dev.wstutor.lesson.LessonRunner;
import dev.wstutor.progress.JsonStore;
import dev.wstutor.quiz.BankLoader;
import dev.wstutor.quiz.HistoryRecorder;
import dev.wstutor.quiz.QuestionBank;
import dev.wstutor.quiz.QuizHistory;
import dev.wstutor.view.ScriptedConsole;
import dev.wstutor.view.Style;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lesson's inline checks asked by the quiz's grader, with its feedback, recorded in the quiz history. */
class QuizChecksTest {
    private static final QuestionBank BANK = new BankLoader().load(QuizRun.lessons());

    @TempDir
    Path home;

    private final Clock clock = Clock.systemUTC();

    private String walk(String body, String... typed) throws Exception {
        Lesson lesson = new LessonParser(DemoRegistry.declaring(java.util.List.of())).parse(Path.of("01-tiny.md"),
                "---\nid: tiny\ntitle: Tiny\norder: 1\ncovers: [ws-1]\n---\n" + body);
        ScriptedConsole learner = new ScriptedConsole(typed);
        JsonStore<QuizHistory> store = new JsonStore<>(home.resolve(QuizHistory.FILE), QuizHistory.class, QuizHistory::empty,
                w -> { }, clock);
        new LessonRunner(Style.PLAIN, learner, DemoRegistry.declaring(java.util.List.of()), false,
                new QuizChecks(BANK, learner, Style.PLAIN, new HistoryRecorder(store, clock, w -> { })))
                .run(lesson, 1, null, LessonRunner.Listener.NONE);
        return learner.transcript();
    }

    @Test
    void anInlineBlankIsGradedLikeTheQuizSoAPluralStillCounts() throws Exception {
        String out = walk("\n## One\n\n```check\nquestion: A server answers a ___.\nanswer: request\nexplain: HTTP.\n```\n",
                "requests", "");
        assertTrue(out.contains("Right. 1/1 pts"), out);
        assertTrue(out.contains("Why: HTTP."), out);
    }

    @Test
    void aCheckNamingAQuizQuestionIsAskedWithHintsFeedbackAndRecordedInTheHistory() throws Exception {
        String out = walk("\n## One\n\n```check\nquiz: ws-push-blank\n```\n", "?", "response", "");
        assertTrue(out.contains("Check:") && out.contains("ws-push-blank"), out);
        assertTrue(out.contains("Hint: "), out);
        assertTrue(out.contains("Not right."), out);
        assertTrue(out.contains("Revisit: lesson"), out);
        QuizHistory history = new JsonStore<>(home.resolve(QuizHistory.FILE), QuizHistory.class, QuizHistory::empty,
                w -> { }, clock).load();
        assertEquals(1, history.attempts().size());
        assertEquals("ws-push-blank", history.attempts().get(0).id());
        assertTrue(history.attempts().get(0).hinted());
    }

    @Test
    void ctrlDAtACheckStopsTheLessonWhereItIs() throws Exception {
        String out = walk("\n## One\n\n```check\nquiz: ws-push-blank\n```\n\n## Two\n\nNever shown.\n");
        assertTrue(out.contains("Stopped at step 1 of 2"), out);
    }
}
