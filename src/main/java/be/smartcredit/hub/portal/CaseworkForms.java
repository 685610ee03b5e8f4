package be.smartcredit.hub.portal;

import be.smartcredit.hub.casework.AttemptReport;
import be.smartcredit.hub.casework.CallOutcome;
import be.smartcredit.hub.casework.VisitReport;
import be.smartcredit.hub.dunning.DossierState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The agents' casework forms as the casework service takes them: a call outcome becomes an {@link AttemptReport},
 * a mediator's visit form a {@link VisitReport}; a plan is entered as a total, a number of monthly instalments and
 * the first date.
 */
final class CaseworkForms {

    static final int MAX_INSTALMENTS = 24;

    private CaseworkForms() {
    }

    /** What an agent enters after one call. */
    record CallForm(CallOutcome outcome, String template, BigDecimal amount, LocalDate promisedOn, String reason,
            BigDecimal planTotal, Integer planCount, LocalDate planFirst, String note) {

        AttemptReport report() {
            List<DossierState.Instalment> plan = outcome == CallOutcome.PAYMENT_PLAN
                    ? monthly(planTotal, planCount, planFirst) : null;
            return new AttemptReport(outcome, trimmed(template), amount, promisedOn, trimmed(reason), plan,
                    trimmed(note));
        }
    }

    /** What a mediator enters after a visit. */
    record VisitForm(VisitReport.Outcome outcome, String street, String postcode, String city, BigDecimal cash,
            BigDecimal agreementTotal, Integer agreementCount, LocalDate agreementFirst, String employment,
            String income, String assets, String otherCreditors, String assessment,
            VisitReport.Recommendation recommendation, String note) {

        VisitReport report() {
            VisitReport.Address address = outcome == VisitReport.Outcome.MOVED
                    ? new VisitReport.Address(trimmed(street), trimmed(postcode), trimmed(city)) : null;
            VisitReport.Solvency solvency = recommendation == null ? null : new VisitReport.Solvency(
                    trimmed(employment), trimmed(income), trimmed(assets), trimmed(otherCreditors),
                    trimmed(assessment), recommendation);
            return new VisitReport(outcome, address, monthly(agreementTotal, agreementCount, agreementFirst), cash,
                    solvency, trimmed(note));
        }
    }

    /**
     * {@code count} monthly instalments from {@code first} that add up to {@code total}, the last taking the cents
     * left over; {@code null} when any of the three is missing or out of range, so the service names the field.
     */
    static List<DossierState.Instalment> monthly(BigDecimal total, Integer count, LocalDate first) {
        if (total == null || total.signum() <= 0 || count == null || count < 1 || count > MAX_INSTALMENTS
                || first == null) {
            return null;
        }
        BigDecimal each = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        List<DossierState.Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            instalments.add(new DossierState.Instalment(first.plusMonths(i), each));
        }
        BigDecimal rest = total.setScale(2, RoundingMode.HALF_UP)
                .subtract(each.multiply(BigDecimal.valueOf(count - 1L)));
        instalments.add(new DossierState.Instalment(first.plusMonths(count - 1L), rest));
        return instalments;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
