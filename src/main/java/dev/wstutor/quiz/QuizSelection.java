package dev.wstutor.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** Which questions a session asks, in which order. Pure: the random source and the due list come in. */
public final class QuizSelection {
    private QuizSelection() {
    }

    /** Thrown for a selection that names nothing real; the message says what exists. */
    public static final class Unknown extends IllegalArgumentException {
        public Unknown(String message) {
            super(message);
        }
    }

    /**
     * {@code only} fixes the questions and their order; otherwise {@code due} (a review) or the whole bank,
     * filtered by topic, shuffled (a review keeps its missed-first order) and cut to {@code count}.
     */
    public static List<Question> select(QuestionBank bank, String topic, List<String> only, List<String> due,
                                        int count, Random random) {
        Map<String, Question> index = bank.index();
        if (only != null && !only.isEmpty()) {
            List<Question> out = new ArrayList<>();
            for (String id : only) {
                Question q = index.get(id);
                if (q == null) {
                    throw new Unknown("no question with id '" + id + "' (see 'wstutor quiz --list')");
                }
                out.add(q);
            }
            return out;
        }
        List<Question> pool = new ArrayList<>();
        if (due != null) {
            due.stream().map(index::get).filter(q -> q != null).forEach(pool::add);
        } else {
            pool.addAll(bank.questions());
            Collections.shuffle(pool, random);
        }
        if (topic != null) {
            Set<String> topics = bank.questions().stream().map(Question::topic).collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!topics.contains(topic)) {
                throw new Unknown("no topic '" + topic + "' (topics: " + String.join(", ", topics) + ")");
            }
            pool.removeIf(q -> !q.topic().equals(topic));
        }
        return List.copyOf(pool.subList(0, Math.min(count, pool.size())));
    }
}
