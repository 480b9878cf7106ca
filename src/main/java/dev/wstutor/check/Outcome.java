package dev.wstutor.check;

/** How one case went, and why, in words a learner can act on. */
public record Outcome(Verdict verdict, String reason) {
    public enum Verdict { PASS, FAIL, SKIP }

    public static Outcome pass(String reason) {
        return new Outcome(Verdict.PASS, reason);
    }

    public static Outcome fail(String reason) {
        return new Outcome(Verdict.FAIL, reason);
    }

    public static Outcome skip(String reason) {
        return new Outcome(Verdict.SKIP, reason);
    }
}
