package dev.wstutor.lesson;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every lesson that loaded, in order, and what was wrong with the files that did not. */
public record Course(List<Lesson> lessons, List<LessonProblem> problems) {
    public Course {
        lessons = lessons.stream()
                .sorted(Comparator.comparingInt(Lesson::order).thenComparing(l -> l.source().getFileName().toString()))
                .toList();
        problems = List.copyOf(problems);
    }

    /** By id ({@code handshake}), by file name with or without {@code .md} ({@code 02-handshake}), or by order ({@code 2}). */
    public Optional<Lesson> find(String name) {
        for (Lesson lesson : lessons) {
            if (lesson.id().equals(name) || stem(lesson.source()).equals(name) || isNumber(name, lesson.order())
                    || lesson.source().getFileName().toString().equals(name)) {
                return Optional.of(lesson);
            }
        }
        return Optional.empty();
    }

    /** The problem of a file the name points at, so "lesson x" can say x is broken rather than unknown. */
    public Optional<LessonProblem> problemFor(String name) {
        return problems.stream()
                .filter(p -> stem(p.file()).equals(name) || p.file().getFileName().toString().equals(name)
                        || stem(p.file()).replaceFirst("^[0-9]+-", "").equals(name))
                .findFirst();
    }

    /** The lesson after this one, if any. */
    public Optional<Lesson> after(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }

    private static boolean isNumber(String name, int order) {
        return name.matches("[0-9]{1,6}") && Integer.parseInt(name) == order;
    }

    public String ids() {
        return lessons.stream().map(Lesson::id).collect(Collectors.joining(", "));
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
