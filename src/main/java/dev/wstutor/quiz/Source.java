package dev.wstutor.quiz;

import java.nio.file.Path;

/** Where a question was written, so every complaint about it can name a file and line. */
public record Source(Path file, int line) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file.toString(); // line 0: about the file or folder as a whole
    }
}
