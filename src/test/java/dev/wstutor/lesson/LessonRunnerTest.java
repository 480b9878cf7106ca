package dev.wstutor.lesson;

import dev.wstutor.view.LineWriter;
import dev.wstutor.view.Console;
import dev.wstutor.view.ScriptedConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LessonRunnerTest {
    private static final String THREE_STEPS = "\nIntro.\n\n## One\n\nFirst text.\n\n## Two\n\nSecond text.\n\n## Three\n\nThird text.\n";

    /** Remembers what the runner reported, as progress would. */
    private static final class Recorder implements LessonRunner.Listener {
        final List<Integer> reached = new ArrayList<>();
        boolean finished;

        @Override
        public void reached(Lesson lesson, int step) {
            reached.add(step);
        }

        @Override
        public void finished(Lesson lesson) {
            finished = true;
        }
    }

    /** Opens once per lesson run and remembers being closed. */
    static final class Connection implements AutoCloseable {
        static final AtomicInteger OPENED = new AtomicInteger();
        final List<String> sent = new ArrayList<>();
        boolean closed;

        Connection() {
            OPENED.incrementAndGet();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static Lesson lesson(String body, DemoRegistry demos) throws LessonFileException {
        return new LessonParser(demos).parse(Path.of("01-a.md"), LessonFiles.lesson("a", 1, body));
    }

    private static String plainRun(Lesson lesson, DemoRegistry demos) {
        StringWriter text = new StringWriter();
        LessonRunner.Result result = new LessonRunner(Style.PLAIN, Console.printing(new PrintWriter(text, true), 80), demos)
                .run(lesson, 1, null, LessonRunner.Listener.NONE);
        assertTrue(result.finished());
        return text.toString();
    }

    @Test
    void plainRunsPrintEveryStepWithItsCounterAndNeverAsk() throws Exception {
        String out = plainRun(lesson(THREE_STEPS, DemoRegistry.declaring(Set.of())), DemoRegistry.declaring(Set.of()));
        assertTrue(out.startsWith("Lesson 1: Title of a\n"), out);
        for (String s : List.of("Intro.", "Step 1/3: One", "First text.", "Step 2/3: Two", "Step 3/3: Three", "Third text.")) {
            assertTrue(out.contains(s), s);
        }
        assertFalse(out.contains("Enter"));
        assertFalse(out.contains("\u001b"));
    }

    @Test
    void anInteractiveRunPausesAfterEachStepAndStopsOnQ() throws Exception {
        ScriptedConsole learner = new ScriptedConsole("", "q");
        Recorder recorder = new Recorder();
        LessonRunner.Result result = new LessonRunner(Style.PLAIN, learner, DemoRegistry.declaring(Set.of()))
                .run(lesson(THREE_STEPS, DemoRegistry.declaring(Set.of())), 1, null, recorder);
        assertEquals(new LessonRunner.Result(false, 2, 0), result);
        assertEquals(List.of(1, 2), recorder.reached);
        assertFalse(recorder.finished);
        assertFalse(learner.transcript().contains("Third text."));
        assertTrue(learner.transcript().contains("Stopped at step 2 of 3"));
    }

    @Test
    void enterThroughTheLastStepFinishes() throws Exception {
        ScriptedConsole learner = new ScriptedConsole("", "", "");
        Recorder recorder = new Recorder();
        LessonRunner.Result result = new LessonRunner(Style.PLAIN, learner, DemoRegistry.declaring(Set.of()))
                .run(lesson(THREE_STEPS, DemoRegistry.declaring(Set.of())), 1, null, recorder);
        assertTrue(result.finished());
        assertTrue(recorder.finished);
        assertTrue(learner.prompts.get(2).contains("Enter finishes the lesson"));
    }

    @Test
    void endOfInputAtAPauseQuitsLikeQ() throws Exception {
        ScriptedConsole learner = new ScriptedConsole();
        LessonRunner.Result result = new LessonRunner(Style.PLAIN, learner, DemoRegistry.declaring(Set.of()))
                .run(lesson(THREE_STEPS, DemoRegistry.declaring(Set.of())), 1, null, LessonRunner.Listener.NONE);
        assertEquals(1, result.lastStep());
        assertFalse(result.finished());
    }

    @Test
    void aResumedRunStartsAtItsStepSkipsTheIntroAndSaysWhy() throws Exception {
        ScriptedConsole learner = new ScriptedConsole("", "");
        Recorder recorder = new Recorder();
        new LessonRunner(Style.PLAIN, learner, DemoRegistry.declaring(Set.of()))
                .run(lesson(THREE_STEPS, DemoRegistry.declaring(Set.of())), 2, "resuming at step 2 of 3", recorder);
        assertEquals(List.of(2, 3), recorder.reached);
        assertFalse(learner.transcript().contains("Intro."));
        assertFalse(learner.transcript().contains("First text."));
        assertTrue(learner.transcript().contains("resuming at step 2 of 3"));
    }

    @Test
    void aDeclaredButUnimplementedDemoSaysSoInOneLine() throws Exception {
        DemoRegistry demos = DemoRegistry.declaring(Set.of("frames"));
        String out = plainRun(lesson("\n## One\n\n```demo frames\n```\n", demos), demos);
        assertTrue(out.contains("[demo frames]\ndemo frames is not available in this build\n"), out);
    }

    @Test
    void demosOfOneRunShareASessionObjectThatIsClosedWhenTheRunEnds() throws Exception {
        List<Connection> seen = new ArrayList<>();
        Demo open = demo("open", ctx -> seen.add(ctx.session(Connection.class, Connection::new)));
        Demo send = demo("send", ctx -> {
            Connection c = ctx.session(Connection.class, Connection::new);
            c.sent.add(ctx.arg("text", "?"));
            seen.add(c);
        });
        DemoRegistry demos = DemoRegistry.declaring(Set.of()).with(open).with(send);
        int before = Connection.OPENED.get();
        plainRun(lesson("\n## One\n\n```demo open\n```\n\n## Two\n\n```demo send\ntext: hi\n```\n", demos), demos);
        assertEquals(1, Connection.OPENED.get() - before);
        assertEquals(2, seen.size());
        assertTrue(seen.get(0) == seen.get(1));
        assertEquals(List.of("hi"), seen.get(0).sent);
        assertTrue(seen.get(0).closed);
    }

    @Test
    void theSessionIsClosedAlsoWhenTheLearnerQuitsMidway() throws Exception {
        List<Connection> seen = new ArrayList<>();
        DemoRegistry demos = DemoRegistry.declaring(Set.of())
                .with(demo("open", ctx -> seen.add(ctx.session(Connection.class, Connection::new))));
        new LessonRunner(Style.PLAIN, new ScriptedConsole("q"), demos)
                .run(lesson("\n## One\n\n```demo open\n```\n\n## Two\n\nMore.\n", demos), 1, null, LessonRunner.Listener.NONE);
        assertTrue(seen.get(0).closed);
    }

    @Test
    void aFailingDemoIsOneLineAndTheLessonGoesOn() throws Exception {
        DemoRegistry demos = DemoRegistry.declaring(Set.of()).with(demo("boom", ctx -> {
            throw new IllegalStateException("port 0 refused");
        }));
        StringWriter text = new StringWriter();
        LessonRunner.Result result = new LessonRunner(Style.PLAIN, Console.printing(new PrintWriter(text, true), 80), demos)
                .run(lesson("\n## One\n\n```demo boom\n```\n\n## Two\n\nAfter.\n", demos), 1, null, LessonRunner.Listener.NONE);
        assertEquals(1, result.failedDemos());
        assertTrue(text.toString().contains("demo boom failed: port 0 refused\n"));
        assertTrue(text.toString().contains("After."));
    }

    @Test
    void withTracesAFailingDemoAlsoShowsWhereItFailed() throws Exception {
        DemoRegistry demos = DemoRegistry.declaring(Set.of()).with(demo("boom", ctx -> {
            throw new IllegalStateException("port 0 refused");
        }));
        StringWriter text = new StringWriter();
        new LessonRunner(Style.PLAIN, Console.printing(new PrintWriter(text, true), 80), demos, true)
                .run(lesson("\n## One\n\n```demo boom\n```\n", demos), 1, null, LessonRunner.Listener.NONE);
        assertTrue(text.toString().contains("java.lang.IllegalStateException: port 0 refused\n\tat "), text.toString());
    }

    @Test
    void inPlainRunsADemoReadsTheLinesOfItsScriptAndTheTranscriptShowsThem() throws Exception {
        List<String> got = new ArrayList<>();
        DemoRegistry demos = DemoRegistry.declaring(Set.of()).with(demo("echo", ctx -> {
            for (var line = ctx.readLine("> "); line.isPresent(); line = ctx.readLine("> ")) {
                got.add(line.get());
                ctx.printAbove("echo: " + line.get());
            }
        }));
        String out = plainRun(lesson("\n## One\n\n```demo echo\nscript: hello | second message\n```\n", demos), demos);
        assertEquals(List.of("hello", "second message"), got);
        assertTrue(out.contains("> hello\necho: hello\n> second message\necho: second message\n"), out);
    }

    @Test
    void linesPrintedFromOtherThreadsArriveWhole() throws Exception {
        DemoRegistry demos = DemoRegistry.declaring(Set.of()).with(demo("threads", ctx -> {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 200; i++) {
                        ctx.out().println("thread " + id + " line " + i + " end");
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
        }));
        List<String> lines = new ArrayList<>();
        PrintWriter sink = new PrintWriter(new LineWriter(lines::add), true);
        new LessonRunner(Style.PLAIN, Console.printing(sink, 80), demos)
                .run(lesson("\n## One\n\n```demo threads\n```\n", demos), 1, null, LessonRunner.Listener.NONE);
        long whole = lines.stream().filter(l -> l.matches("thread \\d line \\d+ end")).count();
        assertEquals(800, whole);
    }

    @Test
    void anInteractiveCheckTellsRightFromWrongAndAlwaysShowsTheAnswer() throws Exception {
        String body = "\n## One\n\n```check\nquestion: Sent without a ___?\nanswer: request\nexplain: Push.\n```\n\n"
                + "```check\nquestion: Again?\nanswer: request\n```\n";
        ScriptedConsole learner = new ScriptedConsole("a Request", "response", "");
        new LessonRunner(Style.PLAIN, learner, DemoRegistry.declaring(Set.of()))
                .run(lesson(body, DemoRegistry.declaring(Set.of())), 1, null, LessonRunner.Listener.NONE);
        String out = learner.transcript();
        assertTrue(out.contains("Check: Sent without a ___?"), out);
        assertTrue(out.contains("  Right.\n  Answer: request\n  Push.\n"), out);
        assertTrue(out.contains("  Not quite.\n  Answer: request\n"), out);
    }

    @Test
    void ctrlCAtACheckStopsTheLessonInsteadOfRevealing() throws Exception {
        String body = "\n## One\n\n```check\nquestion: Why?\nanswer: because\n```\n\nAfter.\n\n## Two\n\nMore.\n";
        ScriptedConsole learner = new ScriptedConsole();
        LessonRunner.Result result = new LessonRunner(Style.PLAIN, learner, DemoRegistry.declaring(Set.of()))
                .run(lesson(body, DemoRegistry.declaring(Set.of())), 1, null, LessonRunner.Listener.NONE);
        assertEquals(new LessonRunner.Result(false, 1, 0), result);
        assertFalse(learner.transcript().contains("Answer: because"));
        assertFalse(learner.transcript().contains("After."));
    }

    @Test
    void aPlainCheckPrintsQuestionAnswerAndExplanation() throws Exception {
        String body = "\n## One\n\n```check\nquestion: Sent without a ___?\nanswer: request\nexplain: Push.\n```\n";
        String out = plainRun(lesson(body, DemoRegistry.declaring(Set.of())), DemoRegistry.declaring(Set.of()));
        assertTrue(out.contains("Check: Sent without a ___?\n  Answer: request\n  Push.\n"), out);
    }

    interface Body {
        void run(DemoContext ctx) throws Exception;
    }

    static Demo demo(String name, Body body) {
        return new Demo() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(DemoContext ctx) throws Exception {
                body.run(ctx);
            }
        };
    }
}
