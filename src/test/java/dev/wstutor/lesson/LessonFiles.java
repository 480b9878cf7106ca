package dev.wstutor.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small lesson texts for tests. */
final class LessonFiles {
    private LessonFiles() {
    }

    static String lesson(String id, int order, String body) {
        return "---\nid: " + id + "\ntitle: Title of " + id + "\norder: " + order + "\ncovers: [ws-1]\n---\n" + body;
    }

    static String twoSteps(String id, int order) {
        return lesson(id, order, "\nIntro of " + id + ".\n\n## First\n\nText one.\n\n## Second\n\nText two.\n");
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }
}
