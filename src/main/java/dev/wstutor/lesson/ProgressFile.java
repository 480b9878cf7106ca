package dev.wstutor.lesson;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The whole lesson-progress file: one entry per lesson id, kept sorted so the file diffs and reads well. */
public record ProgressFile(Map<String, LessonProgress> lessons) {
    public ProgressFile {
        lessons = Collections.unmodifiableMap(new TreeMap<>(lessons == null ? Map.of() : lessons));
    }

    public static ProgressFile empty() {
        return new ProgressFile(Map.of());
    }
}
