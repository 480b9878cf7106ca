package dev.wstutor.lesson;

import java.util.List;

/** A {@code ## heading} of a lesson and everything up to the next one; the learner sees one at a time. */
public record Step(String title, int line, List<Part> parts) {
    public Step {
        parts = List.copyOf(parts);
    }
}
