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
 * The lesson ids that exist: the {@code id:} line of each {@code lessons/*.md} file's front matter, with
 * the lesson's steps (its {@code ## } headings). Only that much is read; the lesson engine owns the rest.
 */
public final class LessonIds {
    private LessonIds() {
    }

    /** Lesson id to the titles of its steps. */
    public static java.util.Map<String, Set<String>> steps(Path lessons) {
        java.util.Map<String, Set<String>> out = new java.util.TreeMap<>();
        if (!Files.isDirectory(lessons)) {
            return out;
        }
        try (Stream<Path> files = Files.list(lessons)) {
            files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(p -> {
                String id = frontMatterId(p);
                if (id != null) {
                    out.put(id, headings(p));
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static Set<String> headings(Path file) {
        Set<String> out = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("## ")) {
                    out.add(line.substring(3).strip());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return out;
        }
        return out;
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
