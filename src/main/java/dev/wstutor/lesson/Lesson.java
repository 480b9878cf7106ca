package dev.wstutor.lesson;

import java.nio.file.Path;
import java.util.List;

/**
 * One parsed lesson file.
 *
 * @param intro what comes before the first step (usually the title and a sentence), shown on a fresh start
 */
public record Lesson(FrontMatter meta, Path source, List<Part> intro, List<Step> steps) {
    public Lesson {
        intro = List.copyOf(intro);
        steps = List.copyOf(steps);
    }

    public String id() {
        return meta.id();
    }

    public String title() {
        return meta.title();
    }

    public int order() {
        return meta.order();
    }
}
