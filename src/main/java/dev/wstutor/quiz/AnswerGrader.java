package dev.wstutor.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Grades an answer to any question type. Pure: no I/O, no clock. Answers arrive cleaned of control
 * characters; an empty answer is a skip.
 */
public final class AnswerGrader {
    /** A hint costs this share of the question's points. */
    public static final double HINT_COST = 0.3;
    /** The share of points that counts as knowing the answer (for the Leitner boxes and the tick). */
    public static final double PASS = 0.7;
    /** The note for an answer that lists the right words without saying what they do. */
    static final String KEYWORD_LIST_NOTE = "you named the right ideas; say what each does, in a sentence";

    private final RubricGrader rubric;
    private final TextAnalyzer analyzer;

    public AnswerGrader(Lexicon lexicon) {
        this.rubric = new RubricGrader(lexicon);
        this.analyzer = new TextAnalyzer(lexicon);
    }

    /**
     * Why an answer cannot be read for this question ("'z' is not one of a-d"), if it cannot. A terminal
     * session asks again; a piped one grades the answer as wrong.
     */
    public Optional<String> unreadable(Presented p, String answer) {
        String a = answer.strip();
        AnswerKey key = p.question().key();
        if (key instanceof AnswerKey.Choice c) {
            return letters(a, c.options().size()).filter(l -> l.size() == 1).isPresent()
                    ? Optional.empty() : Optional.of("answer with one letter, a to " + last(c.options().size()));
        }
        if (key instanceof AnswerKey.Multi m) {
            return letters(a, m.options().size()).isPresent() ? Optional.empty()
                    : Optional.of("answer with letters a to " + last(m.options().size()) + ", e.g. \"a c\"");
        }
        if (key instanceof AnswerKey.TrueFalse) {
            return truth(a).isPresent() ? Optional.empty() : Optional.of("answer true or false (t or f)");
        }
        if (key instanceof AnswerKey.Order o) {
            List<Integer> seq = letterSequence(a, o.steps().size());
            return seq != null && seq.size() == o.steps().size() && new LinkedHashSet<>(seq).size() == seq.size()
                    ? Optional.empty()
                    : Optional.of("give all " + o.steps().size() + " letters once each, in order, e.g. \""
                    + String.join(" ", firstLetters(o.steps().size())) + "\"");
        }
        if (key instanceof AnswerKey.Live && p.live() != null && !p.live().options().isEmpty()) {
            return letters(a, p.live().options().size()).filter(x -> x.size() == 1).isPresent()
                    ? Optional.empty() : Optional.of("answer with one letter, a to " + last(p.live().options().size()));
        }
        return Optional.empty();
    }

    public Outcome skipped(Presented p) {
        Question q = p.question();
        return new Outcome(q.id(), q.type(), q.topic(), 0, q.points(), List.of(), List.of(), List.of(), true, false,
                rightAnswer(p), explanation(p), q.revisit(), null);
    }

    public Outcome grade(Presented p, String answer, boolean hinted) {
        Question q = p.question();
        String a = answer.strip();
        if (a.isEmpty()) {
            return skipped(p);
        }
        double fraction;
        List<String> matched = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> corrections = new ArrayList<>();
        String note = null;
        AnswerKey key = q.key();
        if (key instanceof AnswerKey.Choice c) {
            Optional<Set<Integer>> picked = letters(a, c.options().size());
            boolean right = picked.isPresent() && picked.get().equals(Set.of(c.correct()));
            fraction = right ? 1 : 0;
            (right ? matched : missed).add(letter(c.correct()) + ") " + c.options().get(c.correct()));
        } else if (key instanceof AnswerKey.Multi m) {
            Set<Integer> picked = letters(a, m.options().size()).orElse(Set.of());
            int right = 0;
            int wrong = 0;
            for (int i = 0; i < m.options().size(); i++) {
                String label = letter(i) + ") " + m.options().get(i);
                if (m.correct().contains(i)) {
                    if (picked.contains(i)) {
                        right++;
                        matched.add(label);
                    } else {
                        missed.add(label);
                    }
                } else if (picked.contains(i)) {
                    wrong++;
                    corrections.add(label + " is not right");
                }
            }
            // Each wrong pick takes back one right one, so choosing everything earns nothing.
            fraction = Math.max(0, (right - wrong) / (double) m.correct().size());
        } else if (key instanceof AnswerKey.TrueFalse t) {
            Optional<Boolean> said = truth(a);
            fraction = said.isPresent() && said.get() == t.value() ? 1 : 0;
            (fraction == 1 ? matched : missed).add(Boolean.toString(t.value()));
        } else if (key instanceof AnswerKey.Blank b) {
            boolean right = blankMatches(b.accepted(), a);
            fraction = right ? 1 : 0;
            (right ? matched : missed).add(b.accepted().get(0));
        } else if (key instanceof AnswerKey.Order) {
            fraction = orderScore(p, a, matched, missed);
        } else if (key instanceof AnswerKey.Free f) {
            RubricGrade g = rubric.grade(f.rubric(), a);
            fraction = g.fraction();
            g.matched().forEach(c -> matched.add(c.label()));
            g.missed().forEach(c -> missed.add(g.negated().contains(c) ? c.label() + " (you said the opposite)" : c.label()));
            g.misconceptions().forEach(m -> corrections.add(m.correction()));
            if (g.keywordList()) {
                note = KEYWORD_LIST_NOTE;
            }
            if (g.truncated()) {
                note = (note == null ? "" : note + "; ") + "only the first " + TextAnalyzer.MAX_CHARS
                        + " characters were graded";
            }
        } else {
            boolean right = liveMatches(p, a);
            fraction = right ? 1 : 0;
            (right ? matched : missed).add(p.live() == null ? "?" : p.live().answer());
        }
        double score = round2(q.points() * fraction * (hinted ? 1 - HINT_COST : 1));
        return new Outcome(q.id(), q.type(), q.topic(), score, q.points(), List.copyOf(matched), List.copyOf(missed),
                List.copyOf(corrections), false, hinted, rightAnswer(p), explanation(p), q.revisit(), note);
    }

    /** The hint: the question's own, or for free text the first idea a full answer needs. */
    public String hint(Presented p) {
        Question q = p.question();
        if (q.hint() != null) {
            return q.hint();
        }
        AnswerKey key = q.key();
        if (key instanceof AnswerKey.Free f) {
            return "a full answer mentions: " + f.rubric().concepts().get(0).label();
        }
        if (key instanceof AnswerKey.Blank b) {
            return "it starts with \"" + b.accepted().get(0).charAt(0) + "\"";
        }
        if (key instanceof AnswerKey.Order o) {
            return "the first step is: " + o.steps().get(0);
        }
        if (key instanceof AnswerKey.Live) {
            return "byte 0 holds FIN, RSV1-3 and the opcode; byte 1 holds MASK and the 7-bit length (RFC 6455 section 5.2)";
        }
        return "it is explained in " + q.revisit();
    }

    static String rightAnswer(Presented p) {
        Question q = p.question();
        AnswerKey key = q.key();
        if (key instanceof AnswerKey.Choice c) {
            return letter(c.correct()) + ") " + c.options().get(c.correct());
        }
        if (key instanceof AnswerKey.Multi m) {
            return String.join(", ", m.correct().stream().sorted().map(i -> letter(i) + ") " + m.options().get(i)).toList());
        }
        if (key instanceof AnswerKey.TrueFalse t) {
            return Boolean.toString(t.value());
        }
        if (key instanceof AnswerKey.Blank b) {
            return b.accepted().get(0);
        }
        if (key instanceof AnswerKey.Order o) {
            return orderAnswer(p, o);
        }
        if (key instanceof AnswerKey.Free f) {
            return f.model();
        }
        return p.live() == null ? "" : p.live().answer();
    }

    private static String explanation(Presented p) {
        return p.live() != null && p.live().explanation() != null ? p.live().explanation() : p.question().explanation();
    }

    private static String orderAnswer(Presented p, AnswerKey.Order o) {
        int[] order = p.order() == null ? identity(o.steps().size()) : p.order();
        List<String> letters = new ArrayList<>();
        for (int step = 0; step < o.steps().size(); step++) {
            for (int shown = 0; shown < order.length; shown++) {
                if (order[shown] == step) {
                    letters.add(letter(shown));
                }
            }
        }
        return String.join(" ", letters);
    }

    /** Kendall's measure: the share of pairs of steps put in the right relative order. */
    private static double orderScore(Presented p, String a, List<String> matched, List<String> missed) {
        AnswerKey.Order o = (AnswerKey.Order) p.question().key();
        int n = o.steps().size();
        int[] order = p.order() == null ? identity(n) : p.order();
        List<Integer> seq = letterSequence(a, n);
        if (seq == null || seq.size() != n || new LinkedHashSet<>(seq).size() != n) {
            missed.add("the order " + orderAnswer(p, o));
            return 0;
        }
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = order[seq.get(i)];
        }
        int concordant = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rank[i] < rank[j]) {
                    concordant++;
                }
            }
            (rank[i] == i ? matched : missed).add((i + 1) + ". " + o.steps().get(i));
        }
        return concordant / (double) (n * (n - 1) / 2);
    }

    private static int[] identity(int n) {
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = i;
        }
        return id;
    }

    private boolean blankMatches(List<String> accepted, String answer) {
        TextAnalyzer.Analysis a = analyzer.analyze(answer);
        for (boolean neg : a.negation()) {
            if (neg) {
                return false;
            }
        }
        for (String acc : accepted) {
            TextAnalyzer.Analysis e = analyzer.analyze(acc);
            if (e.size() == 0 || e.size() != a.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < e.size() && all; i++) {
                String want = e.stems()[i];
                String got = a.stems()[i];
                all = want.equals(got) || (!e.exact()[i] && !a.exact()[i]
                        && (Typos.close(want, got) || Typos.close(e.words()[i], a.words()[i])));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean liveMatches(Presented p, String answer) {
        LiveInstance live = p.live();
        if (live == null) {
            return false;
        }
        if (!live.options().isEmpty()) {
            Optional<Set<Integer>> picked = letters(answer, live.options().size());
            return picked.isPresent() && picked.get().size() == 1
                    && live.accepted().contains(letter(picked.get().iterator().next()));
        }
        String a = normalizeToken(answer);
        for (String acc : live.accepted()) {
            if (a.equals(normalizeToken(acc))) {
                return true;
            }
        }
        return false;
    }

    /** "0x9", "9" and "9 " are one answer; "Ping" and "ping frame" another. */
    static String normalizeToken(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\"'`.]+", " ").strip();
        t = t.replaceAll(" (frame|bytes?|opcode)$", "").replaceAll("^(opcode|the|a) ", "");
        if (t.matches("0x[0-9a-f]+")) {
            return Long.toString(Long.parseLong(t.substring(2), 16));
        }
        if (t.matches("[0-9]+")) {
            return Long.toString(Long.parseLong(t.length() > 18 ? t.substring(0, 18) : t));
        }
        return t;
    }

    static Optional<Boolean> truth(String a) {
        String t = a.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        return switch (t) {
            case "t", "true", "y", "yes", "right", "correct", "1" -> Optional.of(true);
            case "f", "false", "n", "no", "wrong", "incorrect", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Letters ("a c", "a,c", "ac", "A) c") or 1-based numbers; empty if anything else is there. */
    static Optional<Set<Integer>> letters(String a, int count) {
        List<Integer> seq = letterSequence(a, count);
        return seq == null ? Optional.empty() : Optional.of(new LinkedHashSet<>(seq));
    }

    private static List<Integer> letterSequence(String a, int count) {
        String t = a.strip().toLowerCase(Locale.ROOT).replaceAll("[,;)(.]", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        String[] parts = t.contains(" ") ? t.split("\\s+") : t.matches("[a-h]+") ? t.split("") : new String[] {t};
        for (String part : parts) {
            int idx;
            if (part.length() == 1 && part.charAt(0) >= 'a' && part.charAt(0) <= 'h') {
                idx = part.charAt(0) - 'a';
            } else if (part.matches("[1-8]")) {
                idx = Integer.parseInt(part) - 1;
            } else {
                return null;
            }
            if (idx >= count) {
                return null;
            }
            out.add(idx);
        }
        return out;
    }

    static String letter(int i) {
        return String.valueOf((char) ('a' + i));
    }

    private static String last(int count) {
        return letter(count - 1);
    }

    private static List<String> firstLetters(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(letter(i));
        }
        return out;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
