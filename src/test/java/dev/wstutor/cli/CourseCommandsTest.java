package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wstutor.lesson.DemoRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** progress, reset, lint and next through the real picocli tree, with a temporary home and a copy of the course. */
class CourseCommandsTest {
    @TempDir
    Path home;
    @TempDir
    Path lessons;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void copyTheCourse() throws IOException {
        Path real = QuizRun.lessons();
        try (Stream<Path> files = Files.walk(real)) {
            for (Path p : files.toList()) {
                Path to = lessons.resolve(real.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Io io = Io.plain(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true), home);
        CommandLine cmd = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), io);
        LessonSetup setup = new LessonSetup(Map.of("WSTUTOR_HOME", home.toString()),
                key -> key.equals("wstutor.lessons") ? lessons.toString() : null, "/nonexistent", clock,
                DemoRegistry::standard);
        ((LessonCommand) cmd.getSubcommands().get("lesson").getCommand()).setup = setup;
        ((ProgressCommand) cmd.getSubcommands().get("progress").getCommand()).setup = setup;
        ((ResetCommand) cmd.getSubcommands().get("reset").getCommand()).setup = setup;
        ((LintCommand) cmd.getSubcommands().get("lint").getCommand()).setup = setup;
        return cmd.execute(args);
    }

    private void progress(String json) throws IOException {
        Files.writeString(home.resolve("lessons.json"), json);
    }

    @Test
    void progressShowsEachLessonTheQuizPerTopicAndStudyQuestionTheWeakestAndWhatToDoNext() throws IOException {
        progress("{\"lessons\":{\"what-is-websocket\":{\"step\":0,\"steps\":5,\"done\":true},"
                + "\"handshake\":{\"step\":3,\"steps\":9,\"done\":false,\"updatedAt\":\"2026-12-05T08:00:00Z\"}}}");
        Files.writeString(home.resolve("quiz-history.json"), "{\"attempts\":[{\"id\":\"ws-push-blank\",\"score\":1,\"max\":1,"
                + "\"at\":\"2026-12-05T08:00:00Z\"},{\"id\":\"vs-difference\",\"score\":1,\"max\":3,\"at\":\"2026-12-05T08:01:00Z\"}]}");
        assertEquals(0, run("", "progress"));
        String text = out.toString();
        assertTrue(text.contains("1 of 8 done"), text);
        assertTrue(text.contains("[##########] what-is-websocket") && text.contains("done"), text);
        assertTrue(text.contains("[###-------] handshake") && text.contains("step 3 of 10"), text);
        assertTrue(text.matches("(?s).*2 of [0-9]+ questions answered, 1 known.*"), text);
        assertTrue(text.matches("(?s).*ws-3 +100%.*"), text);
        assertTrue(text.contains("Weakest: "), text);
        assertTrue(text.contains("Next: wstutor lesson handshake"), text);

        assertEquals(0, run("", "progress", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(3, json.at("/lessons/1/step").asInt());
        assertEquals(100, json.at("/quiz/studyQuestions/ws-3/percent").asInt());
        assertEquals("wstutor lesson handshake (or: next)", json.at("/next").asText());
    }

    @Test
    void nextResumesTheLessonInProgressRatherThanTheFirstNotDone() throws IOException {
        progress("{\"lessons\":{\"server-push\":{\"step\":2,\"steps\":4,\"done\":false,\"updatedAt\":\"2026-12-05T08:00:00Z\"}}}");
        assertEquals(0, run("", "next"));
        assertTrue(out.toString().contains("Lesson 4: Server push"), out.toString());
    }

    @Test
    void resetAsksFirstKeepsABackupAndForgetsOnlyThatLesson() throws IOException {
        progress("{\"lessons\":{\"handshake\":{\"step\":3,\"steps\":9},\"server-push\":{\"step\":2,\"steps\":4}}}");
        assertEquals(0, run("n\n", "reset", "handshake"));
        assertTrue(out.toString().contains("Reset your progress in lesson handshake (step 3 of 10)?"), out.toString());
        assertTrue(out.toString().contains("Nothing was reset."), out.toString());
        assertTrue(Files.readString(home.resolve("lessons.json")).contains("handshake"));

        assertEquals(1, run("", "reset", "handshake"));
        assertTrue(out.toString().contains("--yes"), "a script without --yes is told how: " + out);

        assertEquals(0, run("y\n", "reset", "handshake"));
        String saved = Files.readString(home.resolve("lessons.json"));
        assertFalse(saved.contains("handshake"), saved);
        assertTrue(saved.contains("server-push"), saved);
        try (Stream<Path> files = Files.list(home)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("lessons.json.bak-20261205-090000")));
        }
    }

    @Test
    void resetQuizWithYesRemovesTheHistoryAndResetOfAnUnknownLessonIsAUsageError() throws IOException {
        Files.writeString(home.resolve("quiz-history.json"), "{\"attempts\":[]}");
        assertEquals(0, run("", "reset", "quiz", "--yes"));
        assertFalse(Files.exists(home.resolve("quiz-history.json")));
        assertTrue(Files.exists(home.resolve("quiz-history.json.bak-20261205-090000")));
        assertEquals(2, run("", "reset", "nosuch", "--yes"));
        assertTrue(err.toString().contains("no lesson 'nosuch'"), err.toString());
    }

    @Test
    void lintPassesTheShippedCourseAndNamesEveryBrokenFileDemoAndQuizIdWithItsLine() throws IOException {
        assertEquals(0, run("", "lint"), out.toString());
        assertTrue(out.toString().contains("0 problems"), out.toString());

        Files.writeString(lessons.resolve("09-broken.md"), "---\nid: broken\ntitle: Broken\norder: 9\ncovers: [ws-1]\n---\n"
                + "\n## One\n\n```demo no-such-demo\n```\n");
        Files.writeString(lessons.resolve("10-asks.md"), "---\nid: asks\ntitle: Asks\norder: 10\ncovers: [ws-1]\n---\n"
                + "\n## One\n\nText.\n\n```check\nquiz: no-such-question\n```\n");
        assertEquals(1, run("", "lint"));
        String text = out.toString();
        assertTrue(text.matches("(?s).*09-broken\\.md:10: unknown demo 'no-such-demo'.*"), text);
        assertTrue(text.matches("(?s).*10-asks\\.md:12: the check names quiz question 'no-such-question'.*"), text);
        assertTrue(text.contains("9 lessons"), "the other lessons still load: " + text);
    }
}
