package dev.wstutor.lesson;

import dev.wstutor.view.Console;
import dev.wstutor.view.ScriptedConsole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.lesson.DemoRegistry;
import dev.wstutor.view.Style;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The course as shipped in lessons/: it must load whole, cover the study document, and run. */
class RealLessonsTest {
    /** The questions of the study document: three per section. */
    private static final Set<String> SYLLABUS = Set.of("ws-1", "ws-2", "ws-3", "sio-1", "sio-2", "sio-3",
            "vs-1", "vs-2", "vs-3");

    private static Course course() throws Exception {
        Path dir = Path.of(System.getProperty("wstutor.projectDir", "."), "lessons");
        return new LessonLoader(DemoRegistry.standard()).load(dir);
    }

    @Test
    void everyLessonFileParses() throws Exception {
        Course course = course();
        assertEquals(List.of(), course.problems());
        assertEquals(List.of("what-is-websocket", "handshake", "frames", "server-push", "socketio-events", "proof-of-life",
                "websocket-vs-socketio", "resources"), course.lessons().stream().map(Lesson::id).toList());
    }

    @Test
    void everyCoveredIdIsAStudyQuestionAndAllNineAreCovered() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (Lesson lesson : course().lessons()) {
            for (String id : lesson.meta().covers()) {
                assertTrue(SYLLABUS.contains(id), lesson.source() + " covers unknown question " + id);
                covered.add(id);
            }
        }
        assertEquals(new TreeSet<>(SYLLABUS), covered);
    }

    @Test
    void theHandshakeLessonFollowsTheStudyDocumentInTenStepsOneOfThemOverTls() throws Exception {
        Lesson lesson = course().find("handshake").orElseThrow();
        assertEquals(10, lesson.steps().size());
        List<String> demos = lesson.steps().stream()
                .flatMap(s -> s.parts().stream())
                .filter(p -> p instanceof Part.DemoCall)
                .map(p -> ((Part.DemoCall) p).name())
                .toList();
        assertEquals(List.of("handshake-request", "handshake-response", "accept", "accept-derivation", "frames",
                "connection", "ping", "close", "tls", "try-it", "bad-handshake"), demos);
    }

    private static String plainRun(Lesson lesson) {
        StringWriter text = new StringWriter();
        LessonRunner.Result result = new LessonRunner(Style.PLAIN, Console.printing(new PrintWriter(text, true), 80),
                DemoRegistry.standard()).run(lesson, 1, null, LessonRunner.Listener.NONE);
        assertTrue(result.finished(), lesson.id());
        assertEquals(0, result.failedDemos(), lesson.id() + ":\n" + text);
        assertTrue(text.toString().contains("Step " + lesson.steps().size() + "/" + lesson.steps().size()));
        return text.toString();
    }

    /** Prose is the same every time; a lesson that shows the real thing shows something new on each run. */
    @Test
    void everyLessonRunsToTheEndInPlainModeAndItsLiveOutputDiffersFromRunToRun() throws Exception {
        for (Lesson lesson : course().lessons()) {
            assertTrue(lesson.steps().stream().flatMap(s -> s.parts().stream()).anyMatch(p -> p instanceof Part.DemoCall),
                    lesson.id() + " has no live demo");
            String first = plainRun(lesson);
            String second = plainRun(lesson);
            assertNotEquals(first, second, lesson.id() + " printed the same twice");
        }
    }

    @Test
    void thePushLessonMeasuresItsFiguresOnEachRun() throws Exception {
        Lesson push = course().find("server-push").orElseThrow();
        List<String> first = table(plainRun(push));
        List<String> second = table(plainRun(push));
        assertEquals(3, first.size(), String.join("\n", first));
        assertNotEquals(first, second);
    }

    /** The rows of the push-versus-polling table: the push and the two pollers, with their figures. */
    private static List<String> table(String text) {
        return text.lines().filter(l -> l.startsWith("  WebSocket push") || l.startsWith("  polling every")).toList();
    }
}
