package be.smartcredit.hub.dunning.law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies Book XIX (art. XIX.2) to a consumer's first reminder: it is free, gives fourteen days, and
 * must state the outstanding amount, the lump sum claimed if unpaid, the creditor's name and enterprise
 * number, what the debt is for and its due date, and the term.
 */
public final class ConsumerFirstReminder {

    private static final String ARTICLE = "(art. XIX.2 Code of Economic Law)";

    private final ReminderTerm term;

    public ConsumerFirstReminder(ReminderTerm term) {
        this.term = Objects.requireNonNull(term, "term");
    }

    /** The reminder the law allows for {@code draft}, under the client's {@code terms}. */
    public FirstReminder check(FirstReminderDraft draft, ContractTerms terms) {
        List<String> decisions = new ArrayList<>();
        BigDecimal fee = Money.ZERO;
        if (draft.fee() != null && draft.fee().signum() != 0) {
            decisions.add("the first reminder to a consumer is free: the fee of EUR " + Money.round(draft.fee())
                    + " is removed " + ARTICLE);
        }

        List<String> missing = missingFacts(draft);
        BigDecimal outstanding = draft.outstanding() == null ? Money.ZERO : Money.round(draft.outstanding());
        Ruling<LumpSum> lumpSum = terms.agreedDamages()
                .map(clause -> ConsumerDamages.withClause(outstanding, clause))
                .orElseGet(() -> Ruling.asRequested(ConsumerDamages.maximumFor(outstanding)));
        decisions.addAll(lumpSum.reasons());

        boolean dated = draft.sentOn() != null && draft.channel() != null;
        LocalDate starts = dated ? term.termStarts(draft.sentOn(), draft.channel()) : null;
        LocalDate ends = dated ? term.termEnds(draft.sentOn(), draft.channel()) : null;
        return new FirstReminder(outstanding, fee, lumpSum.value(), starts, ends, missing, decisions);
    }

    private static List<String> missingFacts(FirstReminderDraft draft) {
        List<String> missing = new ArrayList<>();
        if (draft.outstanding() == null || draft.outstanding().signum() <= 0) {
            missing.add("the outstanding amount " + ARTICLE);
        }
        requireText(missing, draft.creditorName(), "the creditor's name");
        requireText(missing, draft.creditorEnterpriseNumber(), "the creditor's enterprise number");
        requireText(missing, draft.debtDescription(), "what the debt is for");
        if (draft.dueDate() == null) {
            missing.add("the debt's due date " + ARTICLE);
        }
        if (draft.sentOn() == null || draft.channel() == null) {
            missing.add("the sending date and channel, which set the 14-day term " + ARTICLE);
        }
        return missing;
    }

    private static void requireText(List<String> missing, String value, String fact) {
        if (value == null || value.isBlank()) {
            missing.add(fact + " " + ARTICLE);
        }
    }
}
