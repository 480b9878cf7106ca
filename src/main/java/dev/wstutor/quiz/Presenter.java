package dev.wstutor.quiz;

import java.util.Random;

/** Makes a question concrete for one asking: shuffles an order question's steps, runs a live question's capture. */
public final class Presenter {
    /** Produces a live question's instance, by running the real server and client. */
    public interface LiveLab {
        LiveInstance make(Question q) throws Exception;
    }

    private final Random random;
    private final LiveLab lab;

    public Presenter(Random random, LiveLab lab) {
        this.random = random;
        this.lab = lab;
    }

    public Presented present(Question q) throws Exception {
        if (q.key() instanceof AnswerKey.Order o) {
            int n = o.steps().size();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // Shuffle until it differs from the right order: a question that shows its answer asks nothing.
            do {
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            } while (isIdentity(order));
            return new Presented(q, java.util.List.of(), order, null);
        }
        if (q.key() instanceof AnswerKey.Live) {
            LiveInstance live = lab.make(q);
            return new Presented(q, live.options(), null, live);
        }
        return Presented.of(q);
    }

    private static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }
}
