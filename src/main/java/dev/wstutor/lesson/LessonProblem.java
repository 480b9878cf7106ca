package dev.wstutor.lesson;

import java.nio.file.Path;

/** Why one lesson file could not be loaded, in the form editors and compilers use: {@code path:line: message}. */
public record LessonProblem(Path file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
