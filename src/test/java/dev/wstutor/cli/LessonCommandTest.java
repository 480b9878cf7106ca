package dev.wstutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.lesson.ProgressStore;
import dev.wstutor.lesson.DemoRegistry;
import dev.wstutor.progress.StateDir;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The lesson commands end to end through {@link Cli#commandLine}, with a temporary home and lessons folder. */
class LessonCommandTest {
    @TempDir
    Path home;
    @TempDir
    Path lessons;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T18:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void writeLessons() throws Exception {
        Files.writeString(lessons.resolve("01-first.md"), "---\nid: first\ntitle: The first\norder: 1\ncovers: [ws-1]\n---\n"
                + "\n## One\n\nHello *there*.\n\n```demo accept\n```\n\n## Two\n\n```demo frames\n```\n");
        Files.writeString(lessons.resolve("02-second.md"), "---\nid: second\ntitle: The second\norder: 2\ncovers: [ws-2]\n---\n"
                + "\n## Only\n\nText.\n");
    }

    private int run(String... args) {
        CommandLine cmd = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        // The lessons directory comes the way the launcher gives it: a system property.
        LessonSetup setup = new LessonSetup(Map.of("WSTUTOR_HOME", home.toString()),
                key -> key.equals("wstutor.lessons") ? lessons.toString() : null, "/nonexistent", clock,
                DemoRegistry::standard);
        ((LessonCommand) cmd.getSubcommands().get("lesson").getCommand()).setup = setup;
        ((LessonsCommand) cmd.getSubcommands().get("lessons").getCommand()).setup = setup;
        return cmd.execute(args);
    }

    @Test
    void aPlainLessonPrintsEveryStepAndExitsZero() {
        assertEquals(0, run("lesson", "first", "--plain"));
        String text = out.toString();
        assertTrue(text.contains("Step 1/2: One"), text);
        assertTrue(text.contains("Hello there."), text);
        assertTrue(text.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), "the accept demo ran: " + text);
        assertTrue(text.contains("Step 2/2: Two"), text);
        assertTrue(text.contains("client → server  text frame"), "the live frames demo ran: " + text);
        assertFalse(text.contains("\u001b"));
        assertEquals("", err.toString());
    }

    @Test
    void aPlainRunLeavesProgressAsItWas() {
        run("lesson", "first", "--plain");
        assertFalse(Files.exists(home.resolve(ProgressStore.FILE)));
    }

    @Test
    void anUnknownLessonIsOneLineNamingTheKnownIdsAndExitsTwo() {
        assertEquals(2, run("lesson", "nope"));
        assertEquals("wstutor: no lesson 'nope'; the lessons are: first, second\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void theLessonsListShowsOrderIdTitleAndStatus() throws Exception {
        ProgressStore progress = new ProgressStore(new StateDir(home), w -> { }, clock);
        progress.reached("first", 1, 2);
        progress.finished("first", 2);
        progress.reached("first", 2, 2);
        assertEquals(0, run("lessons"));
        String[] lines = out.toString().split("\n");
        assertEquals("  #  lesson  title       status", lines[0]);
        assertEquals("  1  first   The first   step 2 of 2 (done before)", lines[1]);
        assertEquals("  2  second  The second  new", lines[2]);
        assertEquals("Next: wstutor lesson first", lines[4]);
    }

    @Test
    void doneLessonsAreListedAsDone() throws Exception {
        new ProgressStore(new StateDir(home), w -> { }, clock).finished("first", 2);
        run("lessons");
        assertTrue(out.toString().contains("  1  first   The first   done\n"), out.toString());
        assertTrue(out.toString().contains("Next: wstutor lesson second"), out.toString());
    }

    @Test
    void aMalformedFileIsReportedWithPathAndLineWhileTheOthersStillRun() throws Exception {
        Path broken = Files.writeString(lessons.resolve("03-broken.md"), "---\nid: broken\ntitle: B\norder: 3\n"
                + "covers: [ws-3]\n---\n\n## S\n\n```demo no-such\n```\n");
        assertEquals(0, run("lessons"));
        assertTrue(err.toString().startsWith(LessonSetup.shown(broken) + ":10: unknown demo 'no-such'"), err.toString());
        assertTrue(out.toString().contains("second"));
        assertEquals(0, run("lesson", "second", "--plain"));
    }

    @Test
    void askingForTheBrokenLessonSaysItCouldNotBeLoaded() throws Exception {
        Files.writeString(lessons.resolve("03-broken.md"), "no front matter\n");
        assertEquals(1, run("lesson", "broken", "--plain"));
        assertTrue(err.toString().contains("wstutor: lesson broken could not be loaded; fix "), err.toString());
    }

    @Test
    void aMissingLessonsDirectoryIsOneLineAndExitsOne() throws Exception {
        Files.delete(lessons.resolve("01-first.md"));
        Files.delete(lessons.resolve("02-second.md"));
        Files.delete(lessons);
        assertEquals(1, run("lessons"));
        assertTrue(err.toString().startsWith("wstutor: no lessons directory at "), err.toString());
        assertEquals(1, err.toString().split("\n").length);
    }

    @Test
    void withoutANameTheFirstLessonNotDoneIsTaken() throws Exception {
        new ProgressStore(new StateDir(home), w -> { }, clock).finished("first", 2);
        assertEquals(0, run("lesson", "--plain"));
        assertTrue(out.toString().startsWith("Lesson 2: The second"), out.toString());
    }

    @Test
    void problemPathsUnderTheWorkingDirectoryAreShownRelative() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(Path.of("lessons/03-x.md"), LessonSetup.shown(cwd.resolve("lessons/03-x.md")));
        assertEquals(Path.of("/elsewhere/03-x.md"), LessonSetup.shown(Path.of("/elsewhere/03-x.md")));
    }

    @Test
    void theLessonsDirectoryComesFromTheEnvironmentFirstThenThePropertyThenTheWorkingFolder() {
        Map<String, String> env = Map.of("WSTUTOR_LESSONS", "/from/env");
        assertEquals(Path.of("/from/env"), new LessonSetup(env, k -> "/from/property", "/h", clock, DemoRegistry::standard).lessonsDir());
        assertEquals(Path.of("/from/property"), new LessonSetup(Map.of(), k -> "/from/property", "/h", clock, DemoRegistry::standard).lessonsDir());
        assertEquals(Path.of("lessons"), new LessonSetup(Map.of(), k -> null, "/h", clock, DemoRegistry::standard).lessonsDir());
    }
}
