package dev.wstutor.cli;

import dev.wstutor.lesson.Course;
import dev.wstutor.lesson.DemoRegistry;
import dev.wstutor.lesson.LessonLoader;
import dev.wstutor.lesson.LessonProblem;
import dev.wstutor.lesson.ProgressStore;
import dev.wstutor.progress.StateDir;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the lesson commands take from the world: environment, system properties, the clock and the demos.
 * Gathered in one value so tests can give the real commands a temporary home and lessons directory.
 */
record LessonSetup(Map<String, String> env, UnaryOperator<String> properties, String userHome, Clock clock,
                   Supplier<DemoRegistry> demos) {
    static final String LESSONS_ENV = "WSTUTOR_LESSONS";
    static final String LESSONS_PROPERTY = "wstutor.lessons";

    static LessonSetup system() {
        return new LessonSetup(System.getenv(), System::getProperty, System.getProperty("user.home"),
                Clock.systemUTC(), DemoRegistry::standard);
    }

    /**
     * WSTUTOR_LESSONS first (the learner's own choice), then -Dwstutor.lessons (which the launcher always sets
     * to the project's lessons), then ./lessons.
     */
    Path lessonsDir() {
        String fromEnv = env.get(LESSONS_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        String fromProperty = properties.apply(LESSONS_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Path.of(fromProperty);
        }
        return Path.of("lessons");
    }

    /** Loads the course, reporting each broken file as {@code path:line: message} on {@code err}. */
    Course course(PrintWriter err) {
        Path dir = lessonsDir();
        if (!Files.isDirectory(dir)) {
            throw new UserError("no lessons directory at " + dir.toAbsolutePath()
                    + "; run wstutor through scripts/wstutor, from the project folder, or set " + LESSONS_ENV);
        }
        Course course;
        try {
            course = new LessonLoader(demos.get()).load(dir);
        } catch (IOException e) {
            throw new UserError("cannot read the lessons directory " + dir + ": " + e.getMessage());
        }
        for (LessonProblem problem : course.problems()) {
            err.println(new LessonProblem(shown(problem.file()), problem.line(), problem.message()));
        }
        err.flush();
        if (course.lessons().isEmpty()) {
            throw new UserError("no lesson in " + dir + " could be loaded");
        }
        return course;
    }

    /** A file under the working directory as a relative path, the way compilers name files editors can open. */
    static Path shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : file;
    }

    /** WSTUTOR_DEBUG set: show stack traces of failing demos, as for other internal errors. */
    boolean debug() {
        return env.get("WSTUTOR_DEBUG") != null;
    }

    ProgressStore progress(Consumer<String> warnings) {
        return new ProgressStore(StateDir.from(env, userHome), warnings, clock);
    }
}
