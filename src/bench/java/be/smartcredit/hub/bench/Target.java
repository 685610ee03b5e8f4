package be.smartcredit.hub.bench;

import java.util.Locale;

/** A target from the benchmark issue: a minimum ratio to the baseline, a minimum rate, or a maximum duration. */
record Target(Kind kind, double value, long fullSize) {

    enum Kind { MIN_RATIO, MIN_RATE, MAX_SECONDS, NONE }

    static Target minRatio(double ratio) {
        return new Target(Kind.MIN_RATIO, ratio, 0);
    }

    static Target minRate(double perSecond) {
        return new Target(Kind.MIN_RATE, perSecond, 0);
    }

    /** A duration only applies to the size the issue names; at a smaller scale it is not judged. */
    static Target maxSeconds(double seconds, long fullSize) {
        return new Target(Kind.MAX_SECONDS, seconds, fullSize);
    }

    static Target none() {
        return new Target(Kind.NONE, 0, 0);
    }

    String describe(String unit) {
        return switch (kind) {
            case MIN_RATIO -> String.format(Locale.ROOT, "ratio >= %.2f", value);
            case MIN_RATE -> String.format(Locale.ROOT, ">= %,.0f %s/s", value, unit);
            case MAX_SECONDS -> String.format(Locale.ROOT, "<= %.0f s at %,d", value, fullSize);
            case NONE -> "-";
        };
    }

    Boolean isMet(Double ratio, double perSecond, double seconds, long items) {
        return switch (kind) {
            case MIN_RATIO -> ratio == null ? null : ratio >= value;
            case MIN_RATE -> perSecond >= value;
            case MAX_SECONDS -> items >= fullSize ? seconds <= value : null;
            case NONE -> null;
        };
    }
}
