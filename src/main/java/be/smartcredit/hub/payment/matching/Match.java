package be.smartcredit.hub.payment.matching;

import java.util.List;

/**
 * The matcher's answer for one movement: the rule that found its claims, in the order they are to be paid, or no
 * rule and the best suggestions for a person.
 */
public record Match(MatchRule rule, List<ClaimSnapshot> claims, List<Suggestion> suggestions) {

    public Match {
        claims = List.copyOf(claims);
        suggestions = List.copyOf(suggestions);
    }

    static Match by(MatchRule rule, List<ClaimSnapshot> claims) {
        return new Match(rule, claims, List.of());
    }

    static Match none(List<Suggestion> suggestions) {
        return new Match(null, List.of(), suggestions);
    }

    public boolean isMatched() {
        return rule != null;
    }
}
