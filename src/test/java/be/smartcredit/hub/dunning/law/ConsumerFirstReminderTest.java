package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsumerFirstReminderTest {

    private final ConsumerFirstReminder rules = new ConsumerFirstReminder(new ReminderTerm(new BelgianCalendar()));

    @Test
    void removesTheFeeFromAConsumersFirstReminder() {
        FirstReminderDraft draft = draft(new BigDecimal("15.00"), "0123.456.749");

        FirstReminder reminder = rules.check(draft, ContractTerms.NONE);

        assertThat(reminder.fee()).isEqualByComparingTo("0");
        assertThat(reminder.decisions()).singleElement().asString()
                .contains("is free", "EUR 15.00 is removed", "XIX.2");
    }

    @Test
    void statesTheLumpSumAndTheTermOfAPaperReminder() {
        FirstReminderDraft draft = draft(BigDecimal.ZERO, "0123.456.749");

        FirstReminder reminder = rules.check(draft, ContractTerms.NONE);

        // 30 + 10% x (300 - 150) = 45; posted Friday 13 March 2026, third working day Wednesday 18 March
        assertThat(reminder.lumpSumIfUnpaid().amount()).isEqualByComparingTo("45.00");
        assertThat(reminder.termStarts()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(reminder.termEnds()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(reminder.isComplete()).isTrue();
        assertThat(reminder.decisions()).isEmpty();
    }

    @Test
    void listsTheMandatoryFactsTheDraftLacks() {
        FirstReminderDraft draft = new FirstReminderDraft(new BigDecimal("300.00"), null, "Zonnebloem BV", " ",
                null, null, LocalDate.of(2026, 3, 13), null);

        FirstReminder reminder = rules.check(draft, ContractTerms.NONE);

        assertThat(reminder.isComplete()).isFalse();
        assertThat(reminder.missing()).hasSize(4).allSatisfy(fact -> assertThat(fact).contains("XIX.2"));
        assertThat(String.join("; ", reminder.missing()))
                .contains("enterprise number", "what the debt is for", "due date", "sending date and channel");
        assertThat(reminder.termEnds()).isNull();
    }

    private static FirstReminderDraft draft(BigDecimal fee, String enterpriseNumber) {
        return new FirstReminderDraft(new BigDecimal("300.00"), fee, "Zonnebloem BV", enterpriseNumber,
                "invoice INV-1 for garden furniture", LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 13),
                ReminderTerm.Channel.PAPER);
    }
}
