package dev.wstutor.quiz;

import java.util.List;

/**
 * The ideas a good free-text answer contains, and the wrong ideas it should not. {@code full} is the weight
 * that earns full marks (0 means all of it): a teacher gives full marks for three good reasons out of five.
 */
public record Rubric(List<Concept> concepts, List<Misconception> misconceptions, double full) {

    /**
     * One idea, worth {@code weight}, credited when any phrasing appears. A phrasing is a few words
     * that must appear close together (within {@code slack} extra words) in one clause, in any order.
     * With {@code about} (a side from the lexicon: websocket, socketio, http) the clause must not be
     * describing another side: "HTTP servers push" does not earn "WebSocket servers push".
     */
    public record Concept(String id, String label, double weight, List<String> phrasings, int slack, String about) {
        public Concept(String id, String label, double weight, List<String> phrasings, int slack) {
            this(id, label, weight, phrasings, slack, null);
        }
    }

    /** A wrong idea: when stated (and not negated) it costs {@code penalty} and earns a correction. */
    public record Misconception(String id, List<String> phrasings, double penalty, String correction, int slack,
                                String about) {
        public Misconception(String id, List<String> phrasings, double penalty, String correction, int slack) {
            this(id, phrasings, penalty, correction, slack, null);
        }
    }

    public double totalWeight() {
        return concepts.stream().mapToDouble(Concept::weight).sum();
    }

    /** The weight an answer needs for full marks. */
    public double fullMarks() {
        double total = totalWeight();
        return full > 0 && full < total ? full : total;
    }
}
