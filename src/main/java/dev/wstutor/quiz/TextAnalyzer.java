package dev.wstutor.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns text into the content words the grader compares: lower case, punctuation gone, contractions
 * opened ("isn't" is "is not"), synonyms made one word, function words dropped, the rest stemmed.
 * Each word keeps which clause and which comma-separated segment it came from, because a phrasing must
 * sit inside one clause and a "not" only reaches to the next comma.
 */
final class TextAnalyzer {
    /** Longer answers are graded on their start: a teacher does not read a megabyte either. */
    static final int MAX_CHARS = 2000;

    static final String NOT = "not";

    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that",
            "these", "those", "there", "their", "they", "them", "of", "to", "in", "on", "at", "by", "for", "from",
            "as", "and", "or", "so", "do", "does", "did", "done", "can", "could", "will", "would", "shall", "should",
            "may", "might", "must", "has", "have", "had", "having", "also", "really", "very", "which", "who",
            "what", "when", "where", "then", "than", "such", "some", "i", "you", "we", "he", "she",
            "his", "her", "our", "your", "my", "me", "us", "one's", "into", "onto", "about", "simply",
            "basically", "actually", "if", "because", "kind", "sort",
            "lets", "let", "allow", "allows", "allowing", "allowed", "enable", "enables", "enabling", "enabled",
            "called", "within", "either", "upon", "i.e", "e.g", "etc");
    /** Words that end a clause: what follows is a new claim, often about the other subject. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(
            "but", "whereas", "while", "whilst", "however", "although", "though", "meanwhile");
    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "without", "neither", "nor", "none", "nothing", "cannot");
    /** Apostrophe-less negative contractions learners type. */
    private static final Map<String, String> BARE_CONTRACTIONS = Map.ofEntries(
            Map.entry("isnt", "is"), Map.entry("arent", "are"), Map.entry("doesnt", "does"), Map.entry("dont", "do"),
            Map.entry("didnt", "did"), Map.entry("cant", "can"), Map.entry("wont", "will"),
            Map.entry("wasnt", "was"), Map.entry("werent", "were"), Map.entry("couldnt", "could"),
            Map.entry("shouldnt", "should"), Map.entry("wouldnt", "would"), Map.entry("hasnt", "has"),
            Map.entry("havent", "have"), Map.entry("cannot", "can"));
    /**
     * A subject right after one of these is the object of the claim, not its subject:
     * in "Socket.IO, unlike WebSocket, falls back" the falling back is Socket.IO's.
     */
    private static final Set<String> OBJECT_MARKERS = Set.of(
            "like", "unlike", "than", "over", "top", "atop", "use", "uses", "using", "used", "via", "with", "wrap",
            "wraps", "wrapping", "around", "beneath", "under", "underneath", "behind", "vs", "versus", "through",
            "ontopof");
    /**
     * A side named right after one of these is the one the clause sets itself against, not the one it
     * describes: "unlike HTTP, WebSocket lets the server push" is about WebSocket.
     */
    private static final Set<String> CONTRAST_MARKERS = Set.of(
            "unlike", "than", "vs", "versus", "compared", "opposed", "rather", "instead");
    /** A side named right after one of these is the layer underneath, not the side described. */
    private static final Set<String> LAYER_MARKERS = Set.of(
            "use", "uses", "using", "used", "top", "atop", "ontopof", "wrap", "wraps", "wrapping", "beneath",
            "underneath", "under");
    /** Pronouns that, opening a clause, stand for the subject named last. */
    private static final Set<String> PRONOUNS = Set.of("it", "they");
    /** Words that start a part describing what came just before it. */
    private static final Set<String> RELATIVES = Set.of("where", "which", "who", "whose", "in", "when");
    /** Little words beyond the stopwords that glue a sentence; a keyword list has almost none of them. */
    private static final Set<String> GLUE = Set.of(
            "until", "after", "before", "per", "any", "all", "each", "every", "just", "only", "how", "why", "both",
            "other", "same", "between", "up", "out", "again", "more", "most", "less", "yes", "whenever", "once",
            "not", "no", "never", "without", "but", "while", "whereas", "like", "with", "than", "over", "through",
            "via", "using", "uses", "use", "instead", "unlike", "here", "now", "first", "someone", "somebody",
            "everyone", "everybody", "nobody", "anyone", "him", "himself", "itself", "themselves", "else");
    /** Words that make an item a claim: a verb that joins a subject to what it is or does, or a subject pronoun. */
    private static final Set<String> CLAIM_WORDS = Set.of(
            "is", "are", "was", "were", "be", "am", "can", "could", "will", "would", "shall", "should", "may", "might",
            "must", "has", "have", "had", "do", "does", "did", "cannot", "it", "they", "you", "we", "i", "he", "she");
    /**
     * Verbs in the forms that make a claim on their own, without an auxiliary ("sends a named event", "falls back
     * to polling", "kept the connection open"): the third person and a few irregular pasts. Bare forms ("push",
     * "open", "fail") and -ing forms ("polling") are left out, as keyword lists use them as nouns and adjectives.
     */
    private static final Set<String> CLAIM_VERBS = Set.of(
            "sends", "sent", "keeps", "kept", "opens", "stays", "remains", "receives", "gets", "got", "listens",
            "runs", "ran", "registers", "calls", "fires", "emits", "uses", "falls", "fell", "fails", "works",
            "connects", "upgrades", "switches", "needs", "makes", "made", "gives", "gave", "talks", "speaks",
            "waits", "checks", "broadcasts", "reaches", "goes", "went", "comes", "came", "carries", "travels",
            "flows", "exchanges", "starts", "begins", "tells", "told", "notifies", "supports", "adds", "provides",
            "handles", "expects", "drops", "refuses", "rejects", "strips", "blocks", "asks", "answers", "replies",
            "responds", "returns", "pushes", "polls", "creates", "sets", "attaches", "invokes", "targets",
            "bounces", "arrives", "closes", "accepts", "says", "said", "means", "happens", "breaks", "becomes",
            "sees", "shows", "lets", "allows", "delivers", "reconnects", "retries", "triggers", "passes", "hands",
            "echoes", "writes", "reads", "requests", "replaces", "removes");
    /** Where a list item ends: the separators a keyword list is written with. */
    private static final java.util.regex.Pattern ITEM_BREAK =
            java.util.regex.Pattern.compile("[,;/!?()|\\n\u2022\u00b7]|\\.(?=\\s|$)|:(?=\\s|$)|\\s[-\u2013\u2014]\\s");
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'_-]*");


    /**
     * The words of an analysed text, parallel arrays indexed by position among content words. {@code side}:
     * the side (websocket, socketio, http) the word's clause describes; {@code contrast}: the word sits in the
     * part set against it ("instead of polling", "unlike HTTP"), which describes the other side.
     */
    record Analysis(String[] stems, String[] words, int[] clause, int[] segment, boolean[] negation, boolean[] object,
                    boolean[] exact, String[] side, boolean[] contrast, int[] first, boolean keywordList,
                    boolean truncated) {
        int size() {
            return stems.length;
        }
    }

    private final Map<String, String> singleSynonyms = new HashMap<>();
    /** Multi-word synonyms as stem sequences, longest first so "web socket server" prefers "web socket". */
    private final List<Map.Entry<String[], String>> phraseSynonyms = new ArrayList<>();
    private final Set<String> canonical;
    private final Set<String> subjects;
    private final Set<String> sides;

    TextAnalyzer(Lexicon lexicon) {
        this.canonical = new java.util.TreeSet<>(lexicon.synonyms().keySet()); // sorted: the same answer on every run
        for (Map.Entry<String, List<String>> e : lexicon.synonyms().entrySet()) {
            String canon = e.getKey().toLowerCase(Locale.ROOT);
            for (String spelling : e.getValue()) {
                List<String> stems = new ArrayList<>();
                for (Raw raw : rawWords(spelling)) {
                    if (!raw.breaksClause && !raw.breaksSegment) {
                        stems.add(stemOf(raw.word));
                    }
                }
                if (stems.size() == 1) {
                    singleSynonyms.put(stems.get(0), canon);
                } else if (stems.size() > 1) {
                    phraseSynonyms.add(Map.entry(stems.toArray(String[]::new), canon));
                }
            }
            singleSynonyms.put(canon, canon);
            singleSynonyms.put(Stemmer.stem(canon), canon);
        }
        phraseSynonyms.sort(Comparator.comparingInt((Map.Entry<String[], String> e) -> e.getKey().length).reversed());
        this.subjects = lexicon.subjects();
        this.sides = lexicon.sides();
    }

    boolean isSubject(String stem) {
        return subjects.contains(stem);
    }

    boolean isSide(String stem) {
        return sides.contains(stem);
    }

    Analysis analyze(String text) {
        boolean truncated = text.length() > MAX_CHARS;
        String t = truncated ? text.substring(0, MAX_CHARS) : text;
        List<Raw> raws = rawWords(t);
        // Stems (with contractions opened) plus the boundaries between them.
        List<String> stems = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        List<Integer> segments = new ArrayList<>();
        int clause = 0;
        int segment = 0;
        for (Raw raw : raws) {
            if (raw.breaksClause) {
                clause++;
                segment++;
                continue;
            }
            if (raw.breaksSegment) {
                segment++;
                continue;
            }
            if (CLAUSE_BREAKS.contains(raw.word)) {
                clause++;
                segment++;
                continue;
            }
            for (String w : openContraction(raw.word)) {
                stems.add(stemOf(w));
                words.add(w);
                clauses.add(clause);
                segments.add(segment);
            }
        }
        // Synonyms, then drop function words while remembering what marks an object.
        List<String> outStems = new ArrayList<>();
        List<String> outWords = new ArrayList<>();
        List<Integer> outClause = new ArrayList<>();
        List<Integer> outSegment = new ArrayList<>();
        List<Boolean> outNeg = new ArrayList<>();
        List<Boolean> outObject = new ArrayList<>();
        List<Boolean> outExact = new ArrayList<>();
        List<Boolean> outContrast = new ArrayList<>();
        List<Boolean> outLayer = new ArrayList<>();
        boolean objectPending = false;
        boolean layerPending = false;
        int contrastSegment = -1;
        int lastSegment = -1;
        String lastSubject = null;
        int subjectClause = -1;
        java.util.Set<String> clauseSubjects = new java.util.HashSet<>();
        Map<String, Optional<String>> misspellings = new HashMap<>();
        int i = 0;
        while (i < stems.size()) {
            String canon = null;
            int len = 1;
            for (Map.Entry<String[], String> syn : phraseSynonyms) {
                String[] seq = syn.getKey();
                if (matchesAt(stems, clauses, i, seq)) {
                    canon = syn.getValue();
                    len = seq.length;
                    break;
                }
            }
            String word = stems.get(i);
            String unstemmed = words.get(i);
            if (canon == null) {
                canon = singleSynonyms.get(word);
            }
            if (canon == null) {
                canon = misspellings.computeIfAbsent(unstemmed, w -> Optional.ofNullable(misspelledCanonical(w))).orElse(null);
            }
            int c = clauses.get(i);
            int s = segments.get(i);
            i += len;
            if (c != subjectClause) {
                // The subject "it" stands for: the one subject the last clause named; none if it named two.
                if (clauseSubjects.size() == 1) {
                    lastSubject = clauseSubjects.iterator().next();
                } else if (clauseSubjects.size() > 1) {
                    lastSubject = null;
                }
                clauseSubjects.clear();
                subjectClause = c;
            }
            if (s != lastSegment) {
                // "unlike HTTP, where the browser must ask first, ...": the relative part still describes HTTP.
                if (contrastSegment == lastSegment && lastSegment >= 0 && RELATIVES.contains(unstemmed)) {
                    contrastSegment = s;
                }
                lastSegment = s;
            }
            if (canon == null && CONTRAST_MARKERS.contains(unstemmed)) {
                contrastSegment = s;
            }
            boolean marksLayer = LAYER_MARKERS.contains(canon != null ? canon : unstemmed);
            if (canon == null && OBJECT_MARKERS.contains(unstemmed)) {
                objectPending = true;
                layerPending |= marksLayer;
                continue;
            }
            if (canon == null && STOPWORDS.contains(unstemmed)) {
                // "Socket.IO is a library. It uses WebSocket": a clause opened by "it" goes on about the last subject.
                if (PRONOUNS.contains(unstemmed) && lastSubject != null
                        && (outClause.isEmpty() || outClause.get(outClause.size() - 1) != c)) {
                    outStems.add(lastSubject);
                    outWords.add(lastSubject);
                    outClause.add(c);
                    outSegment.add(s);
                    outNeg.add(false);
                    outObject.add(false);
                    outContrast.add(s == contrastSegment);
                    outLayer.add(false);
                    outExact.add(true);
                    objectPending = false;
                }
                continue;
            }
            // "witohut" still negates: missing a typo'd "without" would credit the opposite of what was said.
            boolean negation = canon == null && (NEGATIONS.contains(unstemmed)
                    || unstemmed.length() >= 6 && (Typos.close("without", unstemmed) || Typos.close("cannot", unstemmed)));
            outStems.add(negation ? NOT : canon != null ? canon : word);
            outWords.add(canon != null ? canon : unstemmed);
            outClause.add(c);
            outSegment.add(s);
            outNeg.add(negation);
            outObject.add(objectPending);
            outContrast.add(s == contrastSegment);
            outLayer.add(layerPending);
            layerPending = marksLayer;
            outExact.add(canon != null || word.indexOf('.') >= 0 || hasDigit(word));
            if (canon != null && subjects.contains(canon)) {
                clauseSubjects.add(canon);
            }
            // A lexicon word can mark an object too: in "Socket.IO, on top of WebSocket, ..." the claim is Socket.IO's.
            objectPending = canon != null && OBJECT_MARKERS.contains(canon);
        }
        int n = outStems.size();
        String[] st = outStems.toArray(String[]::new);
        int[] cl = new int[n];
        int[] sg = new int[n];
        boolean[] ng = new boolean[n];
        boolean[] ob = new boolean[n];
        boolean[] ex = new boolean[n];
        for (int k = 0; k < n; k++) {
            cl[k] = outClause.get(k);
            sg[k] = outSegment.get(k);
            ng[k] = outNeg.get(k);
            ob[k] = outObject.get(k);
            ex[k] = outExact.get(k);
        }
        boolean[] ct = new boolean[n];
        for (int k = 0; k < n; k++) {
            ct[k] = outContrast.get(k);
        }
        // Where each word first occurs: a word is matched against the phrasings once, however often it is used.
        String[] ws = outWords.toArray(String[]::new);
        int[] first = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < n; k++) {
            Integer at = seen.putIfAbsent(ws[k] + '\u0000' + st[k], k);
            first[k] = at == null ? k : at;
        }
        return new Analysis(st, ws, cl, sg, ng, ob, ex, sides(st, cl, outContrast, outLayer), ct, first,
                keywordList(t), truncated);
    }

    /**
     * The side (websocket, socketio, http) each word describes: the side last named before it in its clause,
     * or the clause's first if none came before. A side named as the contrast ("unlike HTTP") or as the layer
     * underneath ("Socket.IO uses WebSocket") names none. A clause that names none continues the previous
     * one's, as "With HTTP the browser must ask. The server only answers." is about HTTP throughout.
     * Null: no side named yet.
     */
    private String[] sides(String[] stems, int[] clause, List<Boolean> contrast, List<Boolean> layer) {
        String[] out = new String[stems.length];
        String carry = null;
        int i = 0;
        while (i < stems.length) {
            int end = i;
            String first = null;
            while (end < stems.length && clause[end] == clause[i]) {
                if (first == null && names(stems, contrast, layer, end)) {
                    first = stems[end];
                }
                end++;
            }
            String current = first != null ? first : carry;
            for (int k = i; k < end; k++) {
                if (names(stems, contrast, layer, k)) {
                    current = stems[k];
                }
                out[k] = current;
            }
            carry = current;
            i = end;
        }
        return out;
    }

    private boolean names(String[] stems, List<Boolean> contrast, List<Boolean> layer, int k) {
        return sides.contains(stems[k]) && !contrast.get(k) && !layer.get(k);
    }

    /**
     * A bare list of the right words ("protocol, TCP, full-duplex, real-time") makes no claim: several items,
     * each of a few content words, and almost none of the little words that join a subject to what it does.
     * A single bare word is a list of one.
     */
    static boolean keywordList(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int items = 0;
        int claims = 0;
        int content = 0;
        int glue = 0;
        for (String item : ITEM_BREAK.split(t)) {
            java.util.regex.Matcher m = TOKEN.matcher(item);
            int itemContent = 0;
            boolean claim = item.contains("=") || item.contains("->") || item.contains("\u2192");
            while (m.find()) {
                String w = m.group();
                int apos = w.indexOf('\'');
                String base = apos > 0 ? w.substring(0, apos) : w;
                claim |= CLAIM_WORDS.contains(base) || CLAIM_VERBS.contains(base) || apos > 0
                        || BARE_CONTRACTIONS.containsKey(base);
                if (STOPWORDS.contains(base) || GLUE.contains(base) || OBJECT_MARKERS.contains(base)
                        || CLAUSE_BREAKS.contains(base) || NEGATIONS.contains(base) || BARE_CONTRACTIONS.containsKey(base)
                        || apos > 0) {
                    glue++;
                } else {
                    itemContent++;
                }
            }
            if (itemContent > 0) {
                items++;
                content += itemContent;
                claims += claim || itemContent >= 4 ? 1 : 0;
            }
        }
        if (content == 0) {
            return false;
        }
        if (items == 1) {
            return content <= 2 && glue == 0;
        }
        if (content > 3.0 * items) {
            return false;
        }
        // Three or more items none of which says anything; or telegraphic text where most items say nothing.
        return items >= 3 && claims == 0 || glue <= 0.15 * (glue + content) && claims * 3 < items;
    }

    /**
     * "WebScoket" is WebSocket: a long lexicon word is recognised through a small typo, so that it still
     * counts as the subject of its sentence. Same first letter, as typos rarely change it, keeps this cheap.
     */
    private String misspelledCanonical(String word) {
        if (word.length() < 6 || word.indexOf('.') >= 0 || STOPWORDS.contains(word)) {
            return null;
        }
        for (String c : canonical) {
            if (c.length() >= 6 && c.charAt(0) == word.charAt(0) && Math.abs(c.length() - word.length()) <= 2
                    && c.indexOf('.') < 0 && Typos.close(c, word)) {
                return c;
            }
        }
        return null;
    }

    private static boolean matchesAt(List<String> stems, List<Integer> clauses, int at, String[] seq) {
        if (at + seq.length > stems.size()) {
            return false;
        }
        for (int k = 0; k < seq.length; k++) {
            if (!stems.get(at + k).equals(seq[k]) || !clauses.get(at + k).equals(clauses.get(at))) {
                return false;
            }
        }
        return true;
    }

    private String stemOf(String word) {
        return canonicalOrStem(word);
    }

    private String canonicalOrStem(String word) {
        if (canonical.contains(word)) {
            return word;
        }
        return Stemmer.stem(word);
    }

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> openContraction(String word) {
        int apos = word.indexOf('\'');
        if (apos < 0) {
            String base = BARE_CONTRACTIONS.get(word);
            return base == null ? List.of(word) : List.of(base, NOT);
        }
        if (word.endsWith("n't")) {
            String base = word.substring(0, word.length() - 3);
            if (base.equals("ca")) {
                base = "can";
            } else if (base.equals("wo")) {
                base = "will";
            }
            return List.of(base, NOT);
        }
        // "it's", "server's", "we're", "they'll": the part after the apostrophe carries no content.
        return List.of(word.substring(0, apos));
    }

    /** A word, or a boundary: end of sentence or semicolon (clause) or comma, colon, dash, bracket (segment). */
    private record Raw(String word, boolean breaksClause, boolean breaksSegment) {
    }

    private static List<Raw> rawWords(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<Raw> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = t.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == '\'' || d == '_') && i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1))
                            || d == '/' && i + 1 < n && Character.isDigit(t.charAt(i + 1))) {
                        // "socket.io", "io.on", "isn't", "http/1.1" are one word each; "library/framework" is two.
                        i += 2;
                    } else {
                        break;
                    }
                }
                out.add(new Raw(t.substring(start, i), false, false));
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                out.add(new Raw("", true, false));
            } else if (c == ',' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013') {
                out.add(new Raw("", false, true));
            } else if (c == '-' && i + 1 < n && t.charAt(i + 1) == ' ' && i > 0 && t.charAt(i - 1) == ' ') {
                out.add(new Raw("", false, true));
            }
            i++;
        }
        return out;
    }
}
