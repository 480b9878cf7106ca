package dev.wstutor.quiz;

/** Something wrong in the bank, reported as {@code file:line: message} like a compiler would. */
public record Problem(Source source, String message) {
    @Override
    public String toString() {
        return source + ": " + message;
    }
}
