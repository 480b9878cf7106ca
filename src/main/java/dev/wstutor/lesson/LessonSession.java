package dev.wstutor.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The objects the demos of one lesson run share (typically one live server and its client connection),
 * keyed by type, closed in reverse order of creation when the run ends however it ends.
 */
final class LessonSession implements AutoCloseable {
    private final Map<Class<?>, AutoCloseable> objects = new LinkedHashMap<>();
    private final Deque<AutoCloseable> closeOrder = new ArrayDeque<>();
    private final Consumer<String> warnings;

    LessonSession(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    synchronized <T extends AutoCloseable> T get(Class<T> type, DemoContext.SessionFactory<T> create) throws Exception {
        AutoCloseable existing = objects.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        T made = create.create();
        objects.put(type, made);
        closeOrder.push(made);
        return made;
    }

    @Override
    public synchronized void close() {
        while (!closeOrder.isEmpty()) {
            AutoCloseable next = closeOrder.pop();
            try {
                next.close();
            } catch (Exception e) {
                // Closing a live connection can fail when the peer is already gone; the lesson is over anyway.
                warnings.accept("could not close " + next.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        objects.clear();
    }
}
