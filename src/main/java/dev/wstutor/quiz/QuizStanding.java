package dev.wstutor.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a learner stands in the quiz, from the history: each question counts with its latest answer (a skip is
 * 0), summed per topic and per study-document question ({@code ws-1}..{@code vs-3}). Answers to a lesson's inline
 * checks are in the history too, so they count alike. Pure.
 */
public record QuizStanding(Map<String, Score> topics, Map<String, Score> studyQuestions, int answered, int known) {

    /** Points earned over points possible on the questions answered, and how many of the bank's were answered. */
    public record Score(double score, double max, int answered, int questions) {
        public int percent() {
            return max <= 0 ? 0 : (int) Math.round(score / max * 100);
        }
    }

    /** A topic or study-document question and its score, for "the weakest". */
    public record Weak(String name, Score score) {
    }

    public static QuizStanding of(QuestionBank bank, List<Attempt> attempts) {
        Map<String, Attempt> latest = new HashMap<>();
        for (Attempt a : attempts) {
            latest.put(a.id(), a); // the history is oldest first
        }
        Map<String, double[]> topics = new TreeMap<>();
        Map<String, double[]> study = new LinkedHashMap<>();
        BankLint.STUDY_QUESTIONS.forEach(s -> study.put(s, new double[4]));
        int answered = 0;
        int known = 0;
        for (Question q : bank.questions()) {
            Attempt a = latest.get(q.id());
            double[] t = topics.computeIfAbsent(q.topic(), k -> new double[4]);
            add(t, a);
            for (String s : q.covers()) {
                add(study.computeIfAbsent(s, k -> new double[4]), a);
            }
            if (a != null) {
                answered++;
                known += a.passed() ? 1 : 0;
            }
        }
        return new QuizStanding(scores(topics), scores(study), answered, known);
    }

    private static void add(double[] acc, Attempt a) {
        acc[3]++;
        if (a != null) {
            acc[0] += a.skipped() ? 0 : a.score();
            acc[1] += a.max();
            acc[2]++;
        }
    }

    private static Map<String, Score> scores(Map<String, double[]> raw) {
        Map<String, Score> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, new Score(AnswerGrader.round2(v[0]), AnswerGrader.round2(v[1]), (int) v[2], (int) v[3])));
        return out;
    }

    /** Up to {@code n} answered topics and study-document questions below full marks, lowest first. */
    public List<Weak> weakest(int n) {
        List<Weak> all = new ArrayList<>();
        topics.forEach((k, v) -> all.add(new Weak("topic " + k, v)));
        studyQuestions.forEach((k, v) -> all.add(new Weak(k, v)));
        return all.stream().filter(w -> w.score().answered() > 0 && w.score().percent() < 100)
                .sorted(Comparator.comparingInt((Weak w) -> w.score().percent()).thenComparing(Weak::name))
                .limit(n).toList();
    }

    /** The topic to practise next: the weakest answered one, else the first never tried. */
    public String topicToPractise() {
        return topics.entrySet().stream().filter(e -> e.getValue().answered() > 0 && e.getValue().percent() < 100)
                .min(Comparator.comparingInt(e -> e.getValue().percent())).map(Map.Entry::getKey)
                .orElseGet(() -> topics.entrySet().stream().filter(e -> e.getValue().answered() == 0)
                        .map(Map.Entry::getKey).findFirst().orElse(null));
    }
}
