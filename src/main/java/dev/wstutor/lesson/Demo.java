package dev.wstutor.lesson;

/**
 * Live code a lesson runs by name from a {@code ```demo NAME} block. A demo prints through
 * {@link DemoContext#out()}, may ask the learner for lines with {@link DemoContext#readLine(String)}, and keeps
 * anything that must outlive one step (a server, a client connection) in {@link DemoContext#session}.
 * A demo that throws is reported in one line and the lesson goes on.
 */
public interface Demo {
    /** The name lessons use, e.g. {@code handshake-request}; must be declared in the registry. */
    String name();

    void run(DemoContext ctx) throws Exception;
}
