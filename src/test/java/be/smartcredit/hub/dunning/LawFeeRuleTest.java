package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dunning.FeeRule.ClaimDue;
import be.smartcredit.hub.dunning.FeeRule.Fee;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LawFeeRuleTest {

    private final LawFeeRule rule = new LawFeeRule();

    @Test
    void chargesAConsumerNothingOnTheFirstReminderWhateverTheProcedureAsks() {
        Fee fee = rule.fee(StepKind.REMINDER_1, FeePolicy.fixed(new BigDecimal("15")), DebtorKind.CONSUMER, false,
                List.of(due(1, "400.00", false)));

        assertThat(fee.amount()).isEqualByComparingTo("0");
        assertThat(fee.rule()).isEqualTo(LawFeeRule.FREE_REMINDER);
    }

    @Test
    void chargesAConsumerTheBookXixLumpSumPerClaimOnceTheTermEnded() {
        Fee fee = rule.fee(StepKind.REMINDER_2, FeePolicy.LEGAL, DebtorKind.CONSUMER, true,
                List.of(due(1, "150.00", false), due(2, "400.00", false), due(3, "1000.00", false)));

        // 150 -> 20; 400 -> 30 + 10% x 250 = 55; 1000 -> 65 + 5% x 500 = 90
        assertThat(fee.on(1)).isEqualByComparingTo("20.00");
        assertThat(fee.on(2)).isEqualByComparingTo("55.00");
        assertThat(fee.on(3)).isEqualByComparingTo("90.00");
        assertThat(fee.amount()).isEqualByComparingTo("165.00");
        assertThat(fee.lawNote()).isNull();
    }

    @Test
    void chargesEachClaimOnceNotPerLetter() {
        Fee fee = rule.fee(StepKind.FORMAL_NOTICE, FeePolicy.LEGAL, DebtorKind.BUSINESS, true,
                List.of(due(1, "500.00", true), due(2, "80.00", false)));

        assertThat(fee.on(1)).isEqualByComparingTo("0");
        assertThat(fee.on(2)).isEqualByComparingTo("40.00");
        assertThat(fee.rule()).isEqualTo(LawFeeRule.ONCE_PER_CLAIM);
    }

    @Test
    void cutsAFixedFeeAboveTheLegalMaximumAndSaysWhy() {
        Fee consumer = rule.fee(StepKind.REMINDER_2, FeePolicy.fixed(new BigDecimal("35.00")), DebtorKind.CONSUMER,
                true, List.of(due(1, "100.00", false)));
        Fee business = rule.fee(StepKind.REMINDER_2, FeePolicy.fixed(new BigDecimal("75.00")), DebtorKind.BUSINESS,
                true, List.of(due(1, "100.00", false)));

        assertThat(consumer.on(1)).isEqualByComparingTo("20.00");
        assertThat(consumer.rule()).isEqualTo(LawFeeRule.CONSUMER_LUMP_SUM);
        assertThat(consumer.lawNote()).contains("asked 35.00", "at most 20.00", "XIX.4");
        assertThat(business.on(1)).isEqualByComparingTo("40.00");
        assertThat(business.rule()).isEqualTo(LawFeeRule.BUSINESS_COMPENSATION);
    }

    @Test
    void keepsAFixedFeeWithinTheLegalMaximum() {
        Fee fee = rule.fee(StepKind.REMINDER_2, FeePolicy.fixed(new BigDecimal("12.50")), DebtorKind.CONSUMER, true,
                List.of(due(1, "100.00", false)));

        assertThat(fee.on(1)).isEqualByComparingTo("12.50");
        assertThat(fee.lawNote()).isNull();
    }

    @Test
    void chargesNothingWhenTheProcedureAsksNothing() {
        Fee fee = rule.fee(StepKind.FORMAL_NOTICE, FeePolicy.NONE, DebtorKind.BUSINESS, true,
                List.of(due(1, "100.00", false)));

        assertThat(fee.amount()).isEqualByComparingTo("0");
    }

    private static ClaimDue due(long claimId, String open, boolean charged) {
        return new ClaimDue(claimId, new BigDecimal(open), charged);
    }
}
