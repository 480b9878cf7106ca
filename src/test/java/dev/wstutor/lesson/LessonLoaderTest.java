package dev.wstutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLoaderTest {
    @TempDir
    Path dir;

    private final LessonLoader loader = new LessonLoader(DemoRegistry.declaring(Set.of("frames")));

    @Test
    void aFileOverOneMegabyteIsRefusedInOneLineUnreadAndTheOthersLoad() throws Exception {
        LessonFiles.write(dir, "01-a.md", LessonFiles.twoSteps("a", 1));
        Path huge = LessonFiles.write(dir, "02-huge.md", LessonFiles.twoSteps("huge", 2) + "x".repeat(50 * 1024 * 1024));
        long start = System.nanoTime();
        Course course = loader.load(dir);
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused without parsing 50 MB");
        assertEquals(List.of("a"), course.lessons().stream().map(Lesson::id).toList());
        assertEquals(huge + ":1: is " + java.nio.file.Files.size(huge) + " bytes; a lesson file may be at most 1048576 bytes"
                + " (1 MiB): split it into lessons or move it out of the lessons folder", course.problems().get(0).toString());
    }

    @Test
    void loadsLessonsInTheirOrderNotTheirFileNames() throws Exception {
        LessonFiles.write(dir, "01-b.md", LessonFiles.twoSteps("b", 2));
        LessonFiles.write(dir, "02-a.md", LessonFiles.twoSteps("a", 1));
        Course course = loader.load(dir);
        assertEquals(List.of("a", "b"), course.lessons().stream().map(Lesson::id).toList());
        assertTrue(course.problems().isEmpty());
    }

    @Test
    void oneMalformedFileIsReportedWithPathAndLineWhileTheOthersLoad() throws Exception {
        LessonFiles.write(dir, "01-a.md", LessonFiles.twoSteps("a", 1));
        Path broken = LessonFiles.write(dir, "02-x.md", "---\nid: x\ntitle: X\norder: two\ncovers: [ws-1]\n---\n## S\n\nt\n");
        LessonFiles.write(dir, "03-c.md", LessonFiles.twoSteps("c", 3));
        Course course = loader.load(dir);
        assertEquals(List.of("a", "c"), course.lessons().stream().map(Lesson::id).toList());
        assertEquals(1, course.problems().size());
        assertEquals(broken + ":4: order should be a whole number, found 'two'", course.problems().get(0).toString());
    }

    @Test
    void anUnknownDirectiveInOneFileLeavesTheOthersLoaded() throws Exception {
        LessonFiles.write(dir, "01-a.md", LessonFiles.lesson("a", 1, "\n## S\n\n```demo no-such-demo\n```\n"));
        LessonFiles.write(dir, "02-b.md", LessonFiles.twoSteps("b", 2));
        Course course = loader.load(dir);
        assertEquals(List.of("b"), course.lessons().stream().map(Lesson::id).toList());
        assertTrue(course.problems().get(0).toString().endsWith("01-a.md:10: unknown demo 'no-such-demo' (known: frames)"),
                course.problems().get(0).toString());
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecondFilesIdLine() throws Exception {
        LessonFiles.write(dir, "01-a.md", LessonFiles.twoSteps("a", 1));
        LessonFiles.write(dir, "02-a.md", LessonFiles.twoSteps("a", 2));
        Course course = loader.load(dir);
        assertEquals(1, course.lessons().size());
        LessonProblem problem = course.problems().get(0);
        assertEquals("02-a.md", problem.file().getFileName().toString());
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("duplicate id 'a', already used by"), problem.message());
    }

    @Test
    void anIdThatDisagreesWithTheFileNameIsReported() throws Exception {
        LessonFiles.write(dir, "01-a.md", LessonFiles.twoSteps("b", 1));
        Course course = loader.load(dir);
        assertTrue(course.problems().get(0).message().contains("name the file 01-b.md"));
    }

    @Test
    void filesThatAreNotLessonsAreLeftAlone() throws Exception {
        LessonFiles.write(dir, "01-a.md", LessonFiles.twoSteps("a", 1));
        LessonFiles.write(dir, "README.md", "# About the lessons\n");
        LessonFiles.write(dir.resolve("quiz"), "01-q.md", "not a lesson");
        Course course = loader.load(dir);
        assertEquals(1, course.lessons().size());
        assertTrue(course.problems().isEmpty());
    }

    @Test
    void findsALessonByIdFileNameOrNumber() throws Exception {
        LessonFiles.write(dir, "02-hand.md", LessonFiles.twoSteps("hand", 2));
        Course course = loader.load(dir);
        for (String name : List.of("hand", "02-hand", "02-hand.md", "2", "02")) {
            assertEquals("hand", course.find(name).orElseThrow().id(), name);
        }
        assertTrue(course.find("nope").isEmpty());
    }
}
