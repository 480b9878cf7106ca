package dev.wstutor.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grades free text against a {@link Rubric} the way a patient teacher would: it looks for each idea,
 * whatever the order of the words, their case, inflection or a small typo, but not when the learner
 * said the opposite ("is not a protocol"), and it takes points off for a stated misconception.
 * Pure: text in, {@link RubricGrade} out.
 */
public final class RubricGrader {
    /** How far back a "not" reaches over content words ("is not really a protocol"). */
    private static final int NEGATION_REACH = 4;
    static final int DEFAULT_CONCEPT_SLACK = 4;
    static final int DEFAULT_MISCONCEPTION_SLACK = 1;
    /** A bare list of the right words names ideas but claims nothing: a little credit at most. */
    static final double KEYWORD_LIST_CAP = 0.25;

    private final TextAnalyzer analyzer;
    private final Map<String, Phrase> phrases = new ConcurrentHashMap<>();

    public RubricGrader(Lexicon lexicon) {
        this.analyzer = new TextAnalyzer(lexicon);
    }

    /** A phrasing compiled: its distinct content words and whether it states a negation itself. */
    record Phrase(String[] words, String[] unstemmed, boolean[] exact, boolean negative) {
    }

    public RubricGrade grade(Rubric rubric, String answer) {
        TextAnalyzer.Analysis a = analyzer.analyze(answer == null ? "" : answer);
        Map<String, Map<String, Boolean>> typos = new java.util.HashMap<>();
        List<Rubric.Concept> matched = new ArrayList<>();
        List<Rubric.Concept> missed = new ArrayList<>();
        List<Rubric.Concept> negated = new ArrayList<>();
        double earned = 0;
        for (Rubric.Concept c : rubric.concepts()) {
            Found f = find(c.phrasings(), c.slack(), c.about(), false, a, typos);
            if (f == Found.YES) {
                matched.add(c);
                earned += c.weight();
            } else {
                missed.add(c);
                if (f == Found.NEGATED) {
                    negated.add(c);
                }
            }
        }
        List<Rubric.Misconception> wrong = new ArrayList<>();
        double penalty = 0;
        for (Rubric.Misconception m : rubric.misconceptions()) {
            if (find(m.phrasings(), m.slack(), m.about(), true, a, typos) == Found.YES) {
                wrong.add(m);
                penalty += m.penalty();
            }
        }
        double total = rubric.fullMarks();
        double fraction = total <= 0 ? 0 : Math.max(0, Math.min(1, earned / total - penalty));
        boolean list = a.keywordList() && !matched.isEmpty();
        if (list) {
            fraction = Math.min(fraction, KEYWORD_LIST_CAP);
        }
        return new RubricGrade(fraction, List.copyOf(matched), List.copyOf(missed), List.copyOf(negated),
                List.copyOf(wrong), list, a.truncated());
    }

    private enum Found { YES, NEGATED, NO }

    private Found find(List<String> phrasings, int slack, String about, boolean strict, TextAnalyzer.Analysis a,
                       Map<String, Map<String, Boolean>> typos) {
        Found best = Found.NO;
        for (String p : phrasings) {
            Found f = findPhrase(phrase(p), slack, about, strict, a, typos);
            if (f == Found.YES) {
                return f;
            }
            if (f == Found.NEGATED) {
                best = f;
            }
        }
        return best;
    }

    Phrase phrase(String text) {
        return phrases.computeIfAbsent(text, t -> {
            TextAnalyzer.Analysis pa = analyzer.analyze(t);
            Set<String> words = new LinkedHashSet<>();
            List<String> unstemmed = new ArrayList<>();
            List<Boolean> exact = new ArrayList<>();
            boolean negative = false;
            for (int i = 0; i < pa.size(); i++) {
                if (pa.negation()[i]) {
                    negative = true;
                } else if (words.add(pa.stems()[i])) {
                    exact.add(pa.exact()[i]);
                    unstemmed.add(pa.words()[i]);
                }
            }
            boolean[] ex = new boolean[exact.size()];
            for (int i = 0; i < ex.length; i++) {
                ex[i] = exact.get(i);
            }
            return new Phrase(words.toArray(String[]::new), unstemmed.toArray(String[]::new), ex, negative);
        });
    }

    private Found findPhrase(Phrase p, int slack, String about, boolean strict, TextAnalyzer.Analysis a,
                             Map<String, Map<String, Boolean>> typos) {
        int k = p.words().length;
        if (k == 0) {
            return Found.NO;
        }
        // Where each phrase word occurs in the answer.
        int n = a.size();
        int[] which = new int[n];
        java.util.Arrays.fill(which, -1);
        for (int i = 0; i < n; i++) {
            if (a.negation()[i]) {
                continue;
            }
            if (a.first()[i] != i) {
                which[i] = which[a.first()[i]];
                continue;
            }
            for (int w = 0; w < k; w++) {
                if (wordMatches(p, w, a, i, typos)) {
                    which[i] = w;
                    break;
                }
            }
        }
        Found best = Found.NO;
        // Sliding window: for each right end, the shortest window covering every phrase word in one clause.
        int[] count = new int[k];
        int covered = 0;
        int left = 0;
        int clause = -1;
        for (int right = 0; right < n; right++) {
            if (which[right] < 0) {
                continue;
            }
            if (a.clause()[right] != clause) {
                java.util.Arrays.fill(count, 0);
                covered = 0;
                left = right;
                clause = a.clause()[right];
            }
            if (count[which[right]]++ == 0) {
                covered++;
            }
            while (covered == k) {
                while (which[left] < 0 || count[which[left]] > 1) {
                    if (which[left] >= 0) {
                        count[which[left]]--;
                    }
                    left++;
                }
                if (right - left + 1 <= k + slack && subjectsAgree(p, a, left, right, which)
                        && about(about, strict, a, left, right, which)) {
                    boolean neg = negated(a, left, right, which);
                    if (neg == p.negative()) {
                        return Found.YES;
                    }
                    best = Found.NEGATED;
                }
                count[which[left]]--;
                covered--;
                left++;
            }
        }
        return best;
    }

    private boolean wordMatches(Phrase p, int w, TextAnalyzer.Analysis a, int i, Map<String, Map<String, Boolean>> typos) {
        String expected = p.words()[w];
        String actual = a.stems()[i];
        boolean actualExact = a.exact()[i];
        if (expected.equals(actual)) {
            return true;
        }
        // Names with dots or digits ("io.on", "6455") and lexicon words typed exactly must match exactly;
        // a lexicon word may still catch a misspelling ("websockt") if the answer's word is not a known one.
        if (actualExact || expected.indexOf('.') >= 0 || hasDigit(expected) || hasDigit(actual)) {
            return false;
        }
        // A typo can change what the stemmer strips ("protocal" loses "al"), so the unstemmed words get a chance too.
        // The same pair of words comes up for every phrasing that shares a word: decide it once per answer.
        String unstemmed = p.unstemmed()[w];
        String word = a.words()[i];
        return typos.computeIfAbsent(unstemmed, k -> new java.util.HashMap<>()).computeIfAbsent(word,
                k -> Typos.close(expected, actual) || Typos.close(unstemmed, word) || Typos.close(unstemmed, actual));
    }

    /**
     * With a side to be about, no matched word may sit in a clause describing another side, nor in the part
     * of a sentence set against it: "instead of the client polling" is no claim that the client polls.
     * Strict (a misconception, which earns a "Correction:"): a clause before the first side the answer names is
     * not held against that side either. "The server waits for a request. With WebSocket the server sends ..."
     * sets the old way against the new one; the learner said nothing wrong about WebSocket.
     */
    private boolean about(String about, boolean strict, TextAnalyzer.Analysis a, int left, int right, int[] which) {
        if (about == null) {
            return true;
        }
        if (!analyzer.isSide(about)) {
            return subjectIs(about, a, left, right, which);
        }
        for (int i = left; i <= right; i++) {
            if (which[i] >= 0 && (a.contrast()[i] || a.side()[i] != null && !a.side()[i].equals(about)
                    || strict && a.side()[i] == null && namesSide(a))) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesSide(TextAnalyzer.Analysis a) {
        for (String side : a.side()) {
            if (side != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * About a subject (socket.emit, io.on): the nearest subject named before each matched word in its clause,
     * if any, is that one; "io.emit sends to everyone" is no claim about socket.emit, "it sends to everyone" is.
     */
    private boolean subjectIs(String about, TextAnalyzer.Analysis a, int left, int right, int[] which) {
        for (int i = left; i <= right; i++) {
            if (which[i] < 0) {
                continue;
            }
            for (int j = i; j >= 0 && a.clause()[j] == a.clause()[i]; j--) {
                if (analyzer.isSubject(a.stems()[j]) && !a.object()[j]) {
                    if (!a.stems()[j].equals(about)) {
                        return false;
                    }
                    break;
                }
            }
        }
        return true;
    }

    /** A "not" (or no, never, without) shortly before a matched word in the same comma-segment negates it. */
    private static boolean negated(TextAnalyzer.Analysis a, int left, int right, int[] which) {
        for (int i = left; i <= right; i++) {
            if (which[i] < 0) {
                continue;
            }
            for (int j = i - 1; j >= 0 && j >= i - NEGATION_REACH; j--) {
                if (a.segment()[j] != a.segment()[i]) {
                    break;
                }
                if (a.negation()[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * With one subject in the phrasing ("websocket protocol"), the nearest subject before each other word
     * (after the subject's own place, when the phrasing names it as an object) must be that one, so "Socket.IO is a protocol" is not credited as "WebSocket is a protocol". With two
     * ("socketio websocket"), they must come in the phrasing's order ("Socket.IO runs over WebSocket").
     */
    private boolean subjectsAgree(Phrase p, TextAnalyzer.Analysis a, int left, int right, int[] which) {
        List<Integer> subjectWords = new ArrayList<>();
        for (int w = 0; w < p.words().length; w++) {
            if (analyzer.isSubject(p.words()[w])) {
                subjectWords.add(w);
            }
        }
        if (subjectWords.isEmpty()) {
            return true;
        }
        if (subjectWords.size() > 1) {
            int last = -1;
            for (int w : subjectWords) {
                int pos = -1;
                for (int i = left; i <= right; i++) {
                    if (which[i] == w) {
                        pos = i;
                        break;
                    }
                }
                if (pos < last) {
                    return false;
                }
                last = pos;
            }
            return true;
        }
        int sw = subjectWords.get(0);
        String subject = p.words()[sw];
        // A phrasing that names its subject after other words names it as the object ("not speak socketio",
        // "need socketio client"): what comes before it in the answer is said of another subject, as in
        // "a WebSocket API that does not speak Socket.IO". Only the words after it must be about it.
        int objectAt = -1;
        if (sw > 0) {
            for (int i = left; i <= right; i++) {
                if (which[i] == sw) {
                    objectAt = i;
                    break;
                }
            }
        }
        for (int i = left; i <= right; i++) {
            if (which[i] < 0 || analyzer.isSubject(p.words()[which[i]]) || i < objectAt) {
                continue;
            }
            for (int j = i - 1; j >= 0 && a.clause()[j] == a.clause()[i]; j--) {
                if (analyzer.isSubject(a.stems()[j]) && !a.object()[j]) {
                    if (!a.stems()[j].equals(subject) && !apposition(a, i, subject)) {
                        return false;
                    }
                    break;
                }
            }
        }
        return true;
    }

    /** "the other is a library (Socket.IO)": the subject named in its own segment right after the word. */
    private static boolean apposition(TextAnalyzer.Analysis a, int i, String subject) {
        int j = i + 1;
        return j < a.size() && a.stems()[j].equals(subject) && a.segment()[j] != a.segment()[i]
                && (j + 1 == a.size() || a.segment()[j + 1] != a.segment()[j]);
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
