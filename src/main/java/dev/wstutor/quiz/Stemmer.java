package dev.wstutor.quiz;

/**
 * A light English stemmer: enough to make "sends", "sending" and "sent"-less forms meet, and
 * "persistent"/"persistence", "closing"/"closed"/"close" land on one stem. It only has to be
 * consistent, since phrasings and answers go through the same function; it need not give real words.
 */
final class Stemmer {
    private static final String[] DERIVATIONAL = {"ation", "ition", "ment", "ness", "ence", "ance", "ate", "ent",
        "ant", "ion", "ive", "al", "er"};

    private Stemmer() {
    }

    static String stem(String word) {
        if (word.length() <= 3 || !allLetters(word)) {
            return word;
        }
        String w = word;
        if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean inflected = false;
        if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() - 3 >= 3) {
            w = w.substring(0, w.length() - 3);
            inflected = true;
        } else if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() - 2 >= 3) {
            w = w.substring(0, w.length() - 2);
            inflected = true;
        }
        if (inflected) {
            // Porter's step 1b: "communicat(ing)" becomes "communicate" so the next steps treat it like the verb.
            if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
                w = w + "e";
            } else if (doubled(w)) {
                w = w.substring(0, w.length() - 1);
            }
        }
        if (w.endsWith("ly") && w.length() - 2 >= 4) {
            w = w.substring(0, w.length() - 2);
        }
        for (int pass = 0; pass < 2; pass++) {
            boolean stripped = false;
            for (String suffix : DERIVATIONAL) {
                if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                    w = w.substring(0, w.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
            if (!stripped) {
                break;
            }
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean doubled(String w) {
        int n = w.length();
        if (n < 2) {
            return false;
        }
        char c = w.charAt(n - 1);
        // "poll", "pass" and "buzz" keep their double letter, as in Porter's algorithm.
        return c == w.charAt(n - 2) && c != 'l' && c != 's' && c != 'z' && !isVowel(c);
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if (isVowel(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean allLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
