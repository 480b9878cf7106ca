package dev.wstutor.cli;

import dev.wstutor.quiz.BankLoader;
import dev.wstutor.quiz.LessonIds;
import dev.wstutor.quiz.Question;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * What tab completes to, read from the lessons folder when first asked (not at start-up): picocli offers these to
 * the shell's completer and to generated bash completion.
 */
final class Completions {
    private Completions() {
    }

    /** Lesson ids, from each lesson file's front matter. */
    static List<String> lessonIds() {
        try {
            return List.copyOf(LessonIds.steps(LessonSetup.system().lessonsDir()).keySet());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    static List<String> topics() {
        try {
            return List.copyOf(new TreeSet<>(new BankLoader().load(LessonSetup.system().lessonsDir()).questions()
                    .stream().map(Question::topic).toList()));
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}

/** {@code lesson <TAB>} */
final class LessonCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Completions.lessonIds().iterator();
    }
}

/** {@code quiz --topic <TAB>} */
final class TopicCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Completions.topics().iterator();
    }
}

/** {@code reset <TAB>} */
final class ResetTargets implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        List<String> all = new ArrayList<>(Completions.lessonIds());
        all.add("quiz");
        all.add("all");
        return all.iterator();
    }
}
