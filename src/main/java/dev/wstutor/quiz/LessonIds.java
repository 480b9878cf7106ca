package dev.wstutor.quiz;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The lesson ids that exist: the {@code id:} line of each {@code lessons/*.md} file's front matter.
 * Only the front matter is read; the lesson engine owns the rest of the file.
 */
public final class LessonIds {
    private LessonIds() {
    }

    public static Set<String> read(Path lessons) {
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(lessons)) {
            return ids;
        }
        try (Stream<Path> files = Files.list(lessons)) {
            files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(p -> {
                String id = frontMatterId(p);
                if (id != null) {
                    ids.add(id);
                }
            });
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }

    static String frontMatterId(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null || !first.strip().equals("---")) {
                return null;
            }
            for (int i = 0; i < 50; i++) {
                String line = r.readLine();
                if (line == null || line.strip().equals("---")) {
                    return null;
                }
                if (line.startsWith("id:")) {
                    String id = line.substring(3).strip();
                    if (id.length() >= 2 && (id.startsWith("\"") || id.startsWith("'"))) {
                        id = id.substring(1, id.length() - 1);
                    }
                    return id;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        return null;
    }
}
