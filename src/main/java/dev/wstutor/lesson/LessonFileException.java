package dev.wstutor.lesson;

/** A lesson file that breaks the format, at a line the author can go to. */
public final class LessonFileException extends Exception {
    private final int line;

    public LessonFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** 1-based line in the lesson file. */
    public int line() {
        return line;
    }
}
