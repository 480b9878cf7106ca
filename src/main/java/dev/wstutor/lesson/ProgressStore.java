package dev.wstutor.lesson;

import dev.wstutor.progress.JsonStore;
import dev.wstutor.progress.StateDir;
import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Lesson progress in {@code lessons.json} of the state directory, through {@link JsonStore} (atomic writes, a
 * corrupt file kept aside with a warning). Each change reads the file afresh and writes it whole, so two
 * wstutor processes lose at most each other's last step, never the file.
 */
public final class ProgressStore {
    public static final String FILE = "lessons.json";

    private final JsonStore<ProgressFile> store;
    private final Clock clock;

    public ProgressStore(StateDir dir, Consumer<String> warnings, Clock clock) {
        this.store = new JsonStore<>(dir.resolve(FILE), ProgressFile.class, ProgressFile::empty, warnings, clock);
        this.clock = clock;
    }

    public Optional<LessonProgress> of(String id) {
        return Optional.ofNullable(store.load().lessons().get(id));
    }

    public Map<String, LessonProgress> all() {
        return store.load().lessons();
    }

    public String status(Lesson lesson) {
        return of(lesson.id()).map(p -> p.status(lesson.steps().size())).orElse(LessonProgress.NEW);
    }

    /** Finished, and not being walked again: the lesson the learner need not come back to. */
    public boolean isDone(Lesson lesson) {
        return status(lesson).equals(LessonProgress.DONE);
    }

    /** The lesson the learner stopped in the middle of, the one most recently moved in if several. */
    public Optional<Lesson> inProgress(Course course) {
        Map<String, LessonProgress> all = all();
        return course.lessons().stream()
                .filter(l -> all.containsKey(l.id()) && all.get(l.id()).step() > 0)
                .max((a, b) -> String.valueOf(all.get(a.id()).updatedAt()).compareTo(String.valueOf(all.get(b.id()).updatedAt())));
    }

    /** Where to go on: the lesson in progress, else the first not done; empty when every lesson is done. */
    public Optional<Lesson> next(Course course) {
        return inProgress(course).or(() -> course.lessons().stream().filter(l -> !isDone(l)).findFirst());
    }

    /** The step a new walk should start at: where an unfinished walk stopped, else 1. */
    public int resumeStep(Lesson lesson) {
        int total = lesson.steps().size();
        return of(lesson.id()).filter(p -> p.step() > 0).map(p -> Math.min(p.step(), total)).orElse(1);
    }

    public void reached(String id, int step, int steps) throws IOException {
        String now = now();
        update(id, old -> old == null
                ? new LessonProgress(step, steps, false, now, now, null)
                : new LessonProgress(step, steps, old.done(), old.startedAt(), now, old.doneAt()));
    }

    public void finished(String id, int steps) throws IOException {
        String now = now();
        update(id, old -> old == null
                ? new LessonProgress(0, steps, true, now, now, now)
                : new LessonProgress(0, steps, true, old.startedAt(), now, old.doneAt() == null ? now : old.doneAt()));
    }

    /** Forgets one lesson (it shows as new again); false when there was nothing to forget. */
    public boolean forget(String id) throws IOException {
        Map<String, LessonProgress> lessons = new HashMap<>(store.load().lessons());
        if (lessons.remove(id) == null) {
            return false;
        }
        store.save(new ProgressFile(lessons));
        return true;
    }

    /** The file progress is kept in. */
    public java.nio.file.Path file() {
        return store.file();
    }

    private void update(String id, java.util.function.UnaryOperator<LessonProgress> change) throws IOException {
        Map<String, LessonProgress> lessons = new HashMap<>(store.load().lessons());
        lessons.put(id, change.apply(lessons.get(id)));
        store.save(new ProgressFile(lessons));
    }

    private String now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
