package dev.wstutor.lesson;

/**
 * Puts a lesson's inline check to the learner and gives feedback. The lesson engine knows no grader: the cli backs
 * this with the quiz's, so a check is graded, hinted and recorded exactly as the same question in the quiz is.
 */
@FunctionalInterface
public interface CheckAsker {
    /** Asks (or, with nobody to ask, shows) the check; false when the learner stopped instead of answering. */
    boolean ask(Lesson lesson, Part.Check check);
}
