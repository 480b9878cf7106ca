package dev.wstutor.quiz;

import dev.wstutor.progress.JsonStore;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Saves each answer to the quiz history as it is given, with its own time, so a crash or a closed terminal loses
 * nothing. Quiz sessions and a lesson's inline checks record through it alike. A failing save is said once, not
 * after every answer.
 */
public final class HistoryRecorder implements Consumer<Outcome> {
    private final JsonStore<QuizHistory> store;
    private final Clock clock;
    private final Consumer<String> warnings;
    private QuizHistory history;
    private boolean warned;

    public HistoryRecorder(JsonStore<QuizHistory> store, Clock clock, Consumer<String> warnings) {
        this.store = store;
        this.history = store.load();
        this.clock = clock;
        this.warnings = warnings;
    }

    /** The history as loaded, plus what was recorded since. */
    public QuizHistory history() {
        return history;
    }

    @Override
    public void accept(Outcome o) {
        history = history.plus(List.of(new Attempt(o.id(), o.score(), o.max(), clock.instant().toString(),
                o.hinted(), o.skipped())));
        try {
            store.save(history);
        } catch (IOException e) {
            if (!warned) {
                warnings.accept("could not save quiz history to " + store.file() + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                warned = true;
            }
        }
    }
}
