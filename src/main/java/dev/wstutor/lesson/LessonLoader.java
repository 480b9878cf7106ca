package dev.wstutor.lesson;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads every {@code NN-id.md} file of a lessons directory. One broken file becomes a {@link LessonProblem}
 * and the others still load: a typo in lesson 3 must not take lessons 1, 2 and 4 away from the learner.
 * Other files (a README, the {@code quiz/} folder) are not lessons and are left alone.
 */
public final class LessonLoader {
    private static final Pattern LESSON_FILE = Pattern.compile("([0-9]+)-(.+)\\.md");

    private final LessonParser parser;

    public LessonLoader(DemoRegistry demos) {
        this.parser = new LessonParser(demos);
    }

    public Course load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> LESSON_FILE.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        List<Lesson> lessons = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        Map<String, Lesson> byId = new HashMap<>();
        for (Path file : files) {
            try {
                Lesson lesson = parser.parse(file, read(file));
                checkFileName(file, lesson);
                Lesson earlier = byId.putIfAbsent(lesson.id(), lesson);
                if (earlier != null) {
                    throw new LessonFileException(lesson.meta().idLine(), "duplicate id '" + lesson.id()
                            + "', already used by " + earlier.source());
                }
                lessons.add(lesson);
            } catch (LessonFileException e) {
                problems.add(new LessonProblem(file, e.line(), e.getMessage()));
            } catch (IOException e) {
                problems.add(new LessonProblem(file, 1, "cannot be read: " + e.getMessage()));
            }
        }
        return new Course(lessons, problems);
    }

    /** The name is how authors find a lesson and the id is how learners ask for it; they must agree. */
    private static void checkFileName(Path file, Lesson lesson) throws LessonFileException {
        var m = LESSON_FILE.matcher(file.getFileName().toString());
        if (m.matches() && !m.group(2).equals(lesson.id())) {
            throw new LessonFileException(lesson.meta().idLine(), "id '" + lesson.id() + "' does not match the file name;"
                    + " name the file " + m.group(1) + "-" + lesson.id() + ".md or change the id");
        }
    }

    /**
     * A lesson file bigger than this is refused unread: every lesson is parsed when the course loads, and one
     * stray 50 MB file once took 3.4 s and 900 MB from every {@code lesson} command.
     */
    static final long MAX_FILE_BYTES = 1 << 20;

    private static String read(Path file) throws IOException, LessonFileException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new LessonFileException(1, "is " + size + " bytes; a lesson file may be at most " + MAX_FILE_BYTES
                    + " bytes (1 MiB): split it into lessons or move it out of the lessons folder");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new LessonFileException(1, "is not valid UTF-8");
        }
    }
}
