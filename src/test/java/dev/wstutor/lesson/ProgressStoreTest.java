package dev.wstutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wstutor.progress.StateDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T18:00:00.123Z"), ZoneOffset.UTC);

    private ProgressStore store() {
        return new ProgressStore(new StateDir(home), warnings::add, clock);
    }

    private static Lesson lessonOf(String id, int steps) throws LessonFileException {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= steps; i++) {
            body.append("\n## S").append(i).append("\n\nText.\n");
        }
        return new LessonParser(DemoRegistry.declaring(List.of())).parse(Path.of("01-" + id + ".md"),
                LessonFiles.lesson(id, 1, body.toString()));
    }

    @Test
    void aLessonNeverOpenedIsNewAndStartsAtStepOne() throws Exception {
        Lesson lesson = lessonOf("a", 3);
        assertEquals("new", store().status(lesson));
        assertEquals(1, store().resumeStep(lesson));
    }

    @Test
    void aWalkStoppedMidwayResumesAtTheStepReached() throws Exception {
        Lesson lesson = lessonOf("a", 8);
        store().reached("a", 4, 8);
        assertEquals(4, store().resumeStep(lesson));
        assertEquals("step 4 of 8", store().status(lesson));
        LessonProgress p = store().of("a").orElseThrow();
        assertEquals("2026-11-25T18:00:00Z", p.startedAt());
        assertEquals("2026-11-25T18:00:00Z", p.updatedAt());
    }

    @Test
    void finishingMarksDoneAndTheNextWalkStartsOver() throws Exception {
        Lesson lesson = lessonOf("a", 3);
        store().reached("a", 3, 3);
        store().finished("a", 3);
        assertEquals("done", store().status(lesson));
        assertEquals(1, store().resumeStep(lesson));
        assertEquals("2026-11-25T18:00:00Z", store().of("a").orElseThrow().doneAt());
    }

    @Test
    void walkingADoneLessonAgainKeepsItDone() throws Exception {
        Lesson lesson = lessonOf("a", 3);
        store().finished("a", 3);
        store().reached("a", 2, 3);
        assertEquals("step 2 of 3 (done before)", store().status(lesson));
        assertTrue(store().of("a").orElseThrow().done());
    }

    @Test
    void aLessonThatShrankResumesAtItsLastStep() throws Exception {
        store().reached("a", 6, 6);
        assertEquals(3, store().resumeStep(lessonOf("a", 3)));
    }

    @Test
    void progressOfOtherLessonsSurvivesAnUpdate() throws Exception {
        store().reached("a", 2, 3);
        store().reached("b", 1, 3);
        assertEquals(2, store().all().get("a").step());
        assertEquals(1, store().all().get("b").step());
    }

    @Test
    void savingIsAtomicAndLeavesNoTemporaryFileBehind() throws Exception {
        store().reached("a", 2, 3);
        store().reached("a", 3, 3);
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of(ProgressStore.FILE), files.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.readString(home.resolve(ProgressStore.FILE)).contains("\"step\" : 3"));
    }

    @Test
    void aCorruptFileIsKeptAsideWithOneWarningAndProgressStartsAfresh() throws Exception {
        Files.writeString(home.resolve(ProgressStore.FILE), "{ this is not json");
        Lesson lesson = lessonOf("a", 3);
        assertEquals("new", store().status(lesson));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("could not be read"), warnings.get(0));
        assertTrue(Files.exists(home.resolve(ProgressStore.FILE + ".corrupt-20261125-180000")));
        store().reached("a", 2, 3);
        assertEquals(2, store().resumeStep(lesson));
        assertFalse(warnings.size() > 1);
    }
}
