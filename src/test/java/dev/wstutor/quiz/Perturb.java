package dev.wstutor.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Deterministic ways a learner's answer varies without changing its meaning. */
final class Perturb {
    private Perturb() {
    }

    /** Swaps two inner letters in every third word of eight letters or more: "protocol" becomes "prtoocol". */
    static String typos(String s) {
        String[] words = s.split(" ");
        int seen = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 8 && w.chars().allMatch(Character::isLetter) && seen++ % 3 == 0) {
                char[] c = w.toCharArray();
                int k = c.length / 2;
                char t = c[k];
                c[k] = c[k + 1];
                c[k + 1] = t;
                words[i] = new String(c);
            }
        }
        return String.join(" ", words);
    }

    /** One swapped pair of inner letters in every word of six letters or more. */
    static String typosEverywhere(String s) {
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 6 && w.chars().allMatch(Character::isLetter)) {
                char[] c = w.toCharArray();
                int k = c.length / 2;
                char t = c[k];
                c[k] = c[k + 1];
                c[k + 1] = t;
                words[i] = new String(c);
            }
        }
        return String.join(" ", words);
    }

    /** In every sentence with a comma, the part after the first comma moved to the front. */
    static String swapCommaParts(String s) {
        StringBuilder out = new StringBuilder();
        for (String sentence : s.split("(?<=[.;])\\s+")) {
            int comma = sentence.indexOf(", ");
            String body = sentence;
            String end = "";
            if (body.endsWith(".") || body.endsWith(";")) {
                end = body.substring(body.length() - 1);
                body = body.substring(0, body.length() - 1);
            }
            if (comma > 0 && comma < body.length()) {
                body = body.substring(comma + 2) + ", " + body.substring(0, comma);
            }
            out.append(out.length() == 0 ? "" : " ").append(body).append(end);
        }
        return out.toString();
    }

    /** The same sentences, last first. */
    static String reorderSentences(String s) {
        List<String> parts = new ArrayList<>(List.of(s.split("(?<=[.;])\\s+")));
        Collections.reverse(parts);
        return String.join(" ", parts);
    }
}
