package dev.wstutor.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Points, percentage and the per-topic breakdown of a session. */
public record QuizSummary(double score, double max, Map<String, double[]> topics, int asked, int skipped) {

    public static QuizSummary of(List<Outcome> outcomes) {
        double score = 0;
        double max = 0;
        int skipped = 0;
        Map<String, double[]> topics = new TreeMap<>();
        for (Outcome o : outcomes) {
            score += o.score();
            max += o.max();
            skipped += o.skipped() ? 1 : 0;
            double[] t = topics.computeIfAbsent(o.topic(), k -> new double[2]);
            t[0] += o.score();
            t[1] += o.max();
        }
        return new QuizSummary(AnswerGrader.round2(score), AnswerGrader.round2(max), topics, outcomes.size(), skipped);
    }

    public double percent() {
        return max <= 0 ? 0 : Math.round(score / max * 1000) / 10.0;
    }

    /** The {@code --json} document: {"questions": [...], "total": {...}, "topics": {...}}. */
    public static Map<String, Object> json(List<Outcome> outcomes, boolean stoppedEarly) {
        QuizSummary s = of(outcomes);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("questions", outcomes.stream().map(QuizSummary::json).toList());
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("score", s.score());
        total.put("max", s.max());
        total.put("percent", s.percent());
        total.put("asked", s.asked());
        total.put("skipped", s.skipped());
        total.put("stoppedEarly", stoppedEarly);
        root.put("total", total);
        Map<String, Object> topics = new LinkedHashMap<>();
        s.topics().forEach((k, v) -> topics.put(k, Map.of("score", AnswerGrader.round2(v[0]), "max", AnswerGrader.round2(v[1]))));
        root.put("topics", topics);
        return root;
    }

    private static Map<String, Object> json(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("type", o.type().yamlName());
        m.put("topic", o.topic());
        m.put("score", o.score());
        m.put("max", o.max());
        m.put("matched", o.matched());
        m.put("missed", o.missed());
        m.put("corrections", o.corrections());
        m.put("skipped", o.skipped());
        m.put("hinted", o.hinted());
        m.put("expected", o.answer());
        if (o.note() != null) {
            m.put("note", o.note());
        }
        return m;
    }
}
