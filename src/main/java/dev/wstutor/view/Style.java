package dev.wstutor.view;

import java.util.Map;

/**
 * How text is decorated: ANSI colours for a terminal, nothing for pipes, files and {@code NO_COLOR}.
 * Every view formats through one of these so that no other class knows an escape code.
 */
public enum Style {
    ANSI, PLAIN;

    /** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
    public static Style detect(boolean forcePlain) {
        return detect(forcePlain, System.getenv(), System.console() != null);
    }

    public static Style detect(boolean forcePlain, Map<String, String> env, boolean terminal) {
        String noColor = env.get("NO_COLOR");
        if (forcePlain || (noColor != null && !noColor.isEmpty()) || !terminal) {
            return PLAIN;
        }
        String term = env.get("TERM");
        return "dumb".equals(term) ? PLAIN : ANSI;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String blue(String s) {
        return wrap("34", s);
    }

    public String magenta(String s) {
        return wrap("35", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    public String heading(String s) {
        return wrap("1;4", s);
    }

    private String wrap(String code, String s) {
        return this == ANSI ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
