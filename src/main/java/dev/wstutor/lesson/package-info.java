/**
 * The lesson engine: lesson files ({@code lessons/NN-id.md}, format in {@code lessons/README.md}) parsed by
 * {@link dev.wstutor.lesson.LessonLoader} into {@link dev.wstutor.lesson.Lesson}s, walked by
 * {@link dev.wstutor.lesson.LessonRunner}, progress kept by {@link dev.wstutor.lesson.ProgressStore}.
 *
 * <p>Live demos implement {@link dev.wstutor.lesson.Demo}, name themselves, and are listed as service providers
 * in {@code META-INF/services/dev.wstutor.lesson.Demo} ({@link dev.wstutor.lesson.DemoRegistry#standard()}). A demo gets a {@link dev.wstutor.lesson.DemoContext}: print
 * with {@code printAbove} (any thread; it is a {@code view.LineSink} as {@code ctx::printAbove}), read the
 * learner's lines with {@code readLine} (scripted from the {@code script:} argument when not interactive),
 * and keep the live server and client connection in {@code session(Type.class, Type::start)} so that every
 * demo of the same lesson run finds the same connection (the {@code live.LiveLab}); it is closed when the run ends.
 */
package dev.wstutor.lesson;
