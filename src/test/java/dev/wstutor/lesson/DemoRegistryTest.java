package dev.wstutor.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DemoRegistryTest {
    private static final Path SOURCES = Path.of(System.getProperty("wstutor.projectDir", "."), "src/main/java");

    @Test
    void everyDemoClassIsFoundByTheRegistryUnderTheNameItGivesItself() throws IOException {
        Set<String> classes;
        try (Stream<Path> files = Files.walk(SOURCES.resolve("dev/wstutor/lesson"))) {
            classes = files.filter(p -> p.getFileName().toString().endsWith("Demo.java"))
                    .filter(p -> !p.getFileName().toString().equals("LiveDemo.java"))
                    .filter(p -> !p.getFileName().toString().equals("Demo.java"))
                    .map(p -> SOURCES.relativize(p).toString().replace('/', '.').replaceAll("\\.java$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        DemoRegistry registry = DemoRegistry.standard();
        Set<String> found = new TreeSet<>();
        for (String name : registry.declared()) {
            found.add(registry.find(name).orElseThrow().getClass().getName());
        }
        assertEquals(classes, found, "a demo class not listed in META-INF/services/dev.wstutor.lesson.Demo is never found");
        assertTrue(registry.find("handshake-request").isPresent());
    }

    @Test
    void aNameOnlyTheDemoItselfGivesIsWhatLessonsUse() {
        DemoRegistry registry = DemoRegistry.standard();
        assertTrue(registry.declared().containsAll(List.of("accept", "frames", "close", "try-it", "server-push")),
                registry.declared().toString());
    }
}
