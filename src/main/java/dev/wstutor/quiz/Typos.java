package dev.wstutor.quiz;

/** Small typos in longer words: one edit from five letters, two from nine (Damerau-Levenshtein). */
final class Typos {
    private Typos() {
    }

    static int allowedEdits(String expected) {
        int n = expected.length();
        return n >= 9 ? 2 : n >= 5 ? 1 : 0;
    }

    static boolean close(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        int allowed = allowedEdits(expected);
        if (allowed == 0 || Math.abs(expected.length() - actual.length()) > allowed || actual.length() < 4) {
            return false;
        }
        // "connection" inside "reconnection" is another word, not a typo of it.
        if (Math.abs(expected.length() - actual.length()) >= 2
                && (expected.contains(actual) || actual.contains(expected))) {
            return false;
        }
        return distance(expected, actual, allowed) <= allowed;
    }

    /** Optimal-string-alignment distance, giving up early once it passes {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }
}
