package be.smartcredit.hub.dunning.law;

import java.util.List;
import java.util.Objects;

/**
 * A value after the law has been applied to what a procedure asked for, with the reasons whenever the
 * law changed it (empty when the request stood).
 */
public record Ruling<T>(T value, List<String> reasons) {

    public Ruling {
        Objects.requireNonNull(value, "value");
        reasons = List.copyOf(reasons);
    }

    static <T> Ruling<T> asRequested(T value) {
        return new Ruling<>(value, List.of());
    }

    static <T> Ruling<T> corrected(T value, String reason) {
        return new Ruling<>(value, List.of(reason));
    }

    /** True when the law replaced what was asked. */
    public boolean corrected() {
        return !reasons.isEmpty();
    }
}
