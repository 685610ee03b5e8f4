package be.smartcredit.hub.document;

import static be.smartcredit.hub.document.LetterGoldenTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.support.Pdfs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FormalNoticeTest {

    static LetterRenderer renderer;

    @BeforeAll
    static void buildTheRendererOnce() {
        renderer = new LetterRenderer();
    }

    @Test
    void justifiesEveryAmountWithItsCalculation() {
        FormalNotice notice = Letters.formalNotice(LetterLanguage.NL);

        String text = oneLine(Pdfs.text(renderer.render(notice)));

        assertThat(text).contains("Hoofdsom", "Factuur F2025-0101 van 10/01/2025, vervallen op 09/02/2025",
                "Onderhoud verwarmingsketel", "EUR 450,00", "EUR 1.234,56",
                "Interest op factuur F2025-0101, van 10/02/2025 tot 30/04/2025: 80 dagen aan 12,50 % per jaar",
                "betalingsachterstand bij handelstransacties", "EUR 12,33", "EUR 27,91",
                "Forfaitaire schadevergoeding (algemene voorwaarden van de schuldeiser)", "10 % x 1684,56 = 168,46",
                "EUR 168,46", "Invorderingskosten", "EUR 40,00",
                "Creditnota CN2025-007 van 01/03/2025", "− EUR 50,00", "Betaling van 20/03/2025", "− EUR 200,00",
                "Totaal verschuldigd EUR 1.683,26");
    }

    @Test
    void statesWhatTheLawOfDecember2002AsksFor() {
        FormalNotice notice = Letters.formalNoticeByAgency(LetterLanguage.NL);

        String text = oneLine(Pdfs.text(renderer.render(notice)));

        assertThat(text).contains(
                "Schuldeiser: Zonnebloem Verwarming BV, ondernemingsnummer 0123.456.749, Industrieweg 7, 9000 Gent,"
                        + " tel. +32 9 123 45 67.",
                "Incassobureau: Incasso Vlaanderen NV, ondernemingsnummer 0987.654.321, Meir 1, 2000 Antwerpen,"
                        + " tel. +32 3 555 12 12.",
                "Ingeschreven bij de FOD Economie onder nummer FOD-ECO-2021-0042.",
                "Toezichthoudende overheid: FOD Economie, K.M.O., Middenstand en Energie, Algemene Directie"
                        + " Economische Inspectie, North Gate, Koning Albert II-laan 16, 1000 Brussel.",
                "uiterlijk op 20/05/2025", "termijn van 18 dagen",
                "volgens de opdracht van 15/04/2025 (referentie MAN-2025-0042)");
    }

    @Test
    void leavesTheConsumerDebtLawOutOfABusinessDebtsNotice() {
        FormalNotice consumer = Letters.formalNoticeByAgency(LetterLanguage.NL);
        FormalNotice business = new FormalNotice(consumer.language(), consumer.date(), consumer.creditor(),
                consumer.debtor(), consumer.presentation(), consumer.mandate(), consumer.debt(), consumer.reference(),
                consumer.payBy(), false);

        String text = oneLine(Pdfs.text(renderer.render(business)));

        assertThat(text).contains("Gegevens van de partijen", "Schuldeiser: Zonnebloem Verwarming BV",
                "Incassobureau: Incasso Vlaanderen NV").doesNotContain("20 december 2002", "Toezichthoudende overheid");
    }

    @Test
    void carriesTheAgencysLetterheadInAgencyMode() {
        FormalNotice notice = Letters.formalNoticeByAgency(LetterLanguage.EN);

        String text = oneLine(Pdfs.text(renderer.render(notice)));

        assertThat(text).startsWith("Incasso Vlaanderen NV").contains("On behalf of Zonnebloem Verwarming BV",
                "Incasso Vlaanderen NV acts on behalf of Zonnebloem Verwarming BV");
    }

    @Test
    void refusesATermShorterThanFifteenDays() {
        FormalNotice valid = Letters.formalNotice(LetterLanguage.NL);

        assertThatThrownBy(() -> new FormalNotice(valid.language(), valid.date(), valid.creditor(), valid.debtor(),
                valid.presentation(), null, valid.debt(), valid.reference(), valid.date().plusDays(14)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 15 days");
    }

    @Test
    void acceptsATermOfExactlyFifteenDays() {
        FormalNotice valid = Letters.formalNotice(LetterLanguage.NL);

        FormalNotice notice = new FormalNotice(valid.language(), valid.date(), valid.creditor(), valid.debtor(),
                valid.presentation(), null, valid.debt(), valid.reference(), valid.date().plusDays(15));

        assertThat(notice.payBy()).isEqualTo(LocalDate.of(2025, 5, 17));
    }

    @Test
    void needsTheMandateInAgencyModeAndTheCreditorsPhone() {
        FormalNotice valid = Letters.formalNoticeByAgency(LetterLanguage.NL);
        ReminderLetter.Creditor c = valid.creditor();
        ReminderLetter.Creditor withoutPhone = new ReminderLetter.Creditor(c.name(), c.enterpriseNumber(),
                c.vatNumber(), c.addressLines(), null, c.email(), c.iban(), c.bic(), null);

        assertThatThrownBy(() -> new FormalNotice(valid.language(), valid.date(), c, valid.debtor(),
                valid.presentation(), null, valid.debt(), valid.reference(), valid.payBy()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mandate");
        assertThatThrownBy(() -> new FormalNotice(valid.language(), valid.date(), withoutPhone, valid.debtor(),
                valid.presentation(), valid.mandate(), valid.debt(), valid.reference(), valid.payBy()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phone");
    }

    @Test
    void refusesABreakdownThatEndsInNothingOwed() {
        DebtBreakdown debt = Letters.debt();

        assertThatThrownBy(() -> new DebtBreakdown(debt.currency(), debt.principal(), List.of(), List.of(),
                List.of(new DebtBreakdown.Deduction(DebtBreakdown.DeductionKind.PAYMENT, LocalDate.of(2025, 3, 1),
                        null, new BigDecimal("1684.56")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive total");
    }

    @Test
    void putsTheLawyersLetterheadAndTheAmicableStatementOnALawyersLetter() {
        LawyerLetter letter = Letters.lawyerLetter(LetterLanguage.FR);

        String text = oneLine(Pdfs.text(renderer.render(letter)));

        assertThat(text).startsWith("Mr. An Verbeke Verbeke Advocaten Balie Gent").contains(
                "Ceci est un recouvrement amiable et non un recouvrement judiciaire (assignation au tribunal ou"
                        + " saisie).",
                "vous citer devant le tribunal", "Avocat\u00A0: Mr. An Verbeke, Balie Gent",
                "Autorité de contrôle\u00A0: SPF Economie", "RF18 5390 0754 7034");
    }
}
