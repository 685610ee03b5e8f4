package be.smartcredit.hub.dunning;

import java.time.LocalDate;

/** What the dunning engine needs from the law about terms: the last day a letter gives the debtor to pay. */
public interface TermRule {

    /**
     * The term of a step's letter sent on {@code sentOn}; a term the procedure asks that the law does not
     * allow is changed, and the result says why.
     */
    Term term(StepKind kind, DebtorKind debtor, Channel channel, LocalDate sentOn, int daysAsked);

    /**
     * The last day to pay, and when the law changed what the procedure asked, the reason and the rule.
     *
     * @param endsOn the last day the debtor has to pay
     * @param lawNote why the law changed the term, or {@code null} when it did not
     * @param rule the legal rule applied, or {@code null}
     */
    record Term(LocalDate endsOn, String lawNote, String rule) {
    }
}
