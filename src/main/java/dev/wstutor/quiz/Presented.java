package dev.wstutor.quiz;

import java.util.List;

/**
 * A question as put to the learner this time: order questions carry the shuffled order of their steps
 * ({@code order[i]} is the index, in the right order, of the i-th step shown), live questions their capture.
 */
public record Presented(Question question, List<String> options, int[] order, LiveInstance live) {

    public static Presented of(Question q) {
        List<String> options = q.key() instanceof AnswerKey.Choice c ? c.options()
                : q.key() instanceof AnswerKey.Multi m ? m.options() : List.of();
        return new Presented(q, options, null, null);
    }
}
