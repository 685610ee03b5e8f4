package be.smartcredit.hub.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import be.smartcredit.hub.dunning.law.BelgianCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LawTermRuleTest {

    private final LawTermRule rule = new LawTermRule(new BelgianCalendar());

    @Test
    void givesAConsumerFourteenDaysFromTheThirdWorkingDayAfterAPaperReminder() {
        LocalDate tuesday = LocalDate.of(2026, 1, 6);

        TermRule.Term term = rule.term(StepKind.REMINDER_1, DebtorKind.CONSUMER, Channel.POST, tuesday, 14);

        assertThat(term.endsOn()).isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(term.rule()).isEqualTo("book-xix-reminder-term");
        assertThat(term.lawNote()).contains("third working day after posting");
    }

    @Test
    void startsAConsumerTermTheDayAfterAnEmail() {
        LocalDate tuesday = LocalDate.of(2026, 1, 6);

        TermRule.Term term = rule.term(StepKind.REMINDER_1, DebtorKind.CONSUMER, Channel.EMAIL, tuesday, 14);

        assertThat(term.endsOn()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void keepsALongerTermThanTheLawAsks() {
        LocalDate tuesday = LocalDate.of(2026, 1, 6);

        TermRule.Term term = rule.term(StepKind.REMINDER_1, DebtorKind.CONSUMER, Channel.POST, tuesday, 30);

        assertThat(term.endsOn()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(term.lawNote()).isNull();
    }

    @Test
    void raisesAFormalNoticeTermToFifteenDays() {
        LocalDate sent = LocalDate.of(2026, 3, 2);

        TermRule.Term term = rule.term(StepKind.FORMAL_NOTICE, DebtorKind.BUSINESS, Channel.POST, sent, 10);

        assertThat(term.endsOn()).isAfterOrEqualTo(sent.plusDays(15));
        assertThat(term.lawNote()).isNotBlank();
    }

    @Test
    void leavesABusinessReminderAsTheProcedureAsks() {
        LocalDate sent = LocalDate.of(2026, 3, 2);

        TermRule.Term term = rule.term(StepKind.REMINDER_1, DebtorKind.BUSINESS, Channel.POST, sent, 14);

        assertThat(term.endsOn()).isEqualTo(sent.plusDays(14));
        assertThat(term.lawNote()).isNull();
    }
}
