package dev.wstutor.lesson;

/**
 * Where one learner is in one lesson.
 *
 * @param step the step they were on in a walk not yet finished (1-based), or 0 when not in the middle of one
 * @param steps how many steps the lesson had then (lessons can grow between runs)
 * @param done whether they ever reached the end
 * @param startedAt first time they opened the lesson (ISO-8601, UTC)
 * @param updatedAt last time they moved in it
 * @param doneAt first time they finished it, or null
 */
public record LessonProgress(int step, int steps, boolean done, String startedAt, String updatedAt, String doneAt) {
    public static final String NEW = "new";
    public static final String DONE = "done";

    /**
     * new, step N of M, or done; "done before" marks a finished lesson being walked again.
     * {@code total} is the lesson's step count now, which wins over the one recorded.
     */
    public String status(int total) {
        if (step > 0) {
            return "step " + Math.min(step, total) + " of " + total + (done ? " (done before)" : "");
        }
        return done ? DONE : NEW;
    }
}
