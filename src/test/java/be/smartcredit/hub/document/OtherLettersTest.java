package be.smartcredit.hub.document;

import static be.smartcredit.hub.document.LetterGoldenTest.oneLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.Samples;
import be.smartcredit.hub.support.Pdfs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The payment plan confirmation, the closing letter and the printed invoice. */
class OtherLettersTest {

    static LetterRenderer renderer;

    @BeforeAll
    static void buildTheRendererOnce() {
        renderer = new LetterRenderer();
    }

    @Test
    void listsEveryInstalmentOfAPaymentPlan() {
        PaymentPlanConfirmation plan = Letters.paymentPlan(LetterLanguage.NL);

        String text = oneLine(Pdfs.text(renderer.render(plan)));

        assertThat(text).contains("op 05/05/2025 met u overeenkwamen, voor een totaal van EUR 1.683,26",
                "1 01/06/2025 EUR 561,09", "2 01/07/2025 EUR 561,09", "3 01/08/2025 EUR 561,08",
                "eerste afbetaling van EUR 561,09", "Uiterlijk op 01/06/2025");
    }

    @Test
    void refusesInstalmentsOutOfDateOrder() {
        var first = new PaymentPlanConfirmation.Instalment(LocalDate.of(2025, 7, 1), BigDecimal.TEN);
        var second = new PaymentPlanConfirmation.Instalment(LocalDate.of(2025, 6, 1), BigDecimal.TEN);
        PaymentPlanConfirmation valid = Letters.paymentPlan(LetterLanguage.NL);

        assertThatThrownBy(() -> new PaymentPlanConfirmation(valid.language(), valid.date(), valid.creditor(),
                valid.debtor(), valid.presentation(), valid.agreedOn(), valid.currency(), List.of(first, second),
                valid.reference())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instalment 2");
    }

    @Test
    void confirmsTheClosedDossierWithoutAskingForMoney() {
        ClosingLetter letter = Letters.closingLetter(LetterLanguage.EN);

        byte[] pdf = renderer.render(letter);

        assertThat(oneLine(Pdfs.text(pdf))).contains("We received your payment of EUR 1,683.26 on 01/08/2025",
                "paid in full: F2025-0101, F2025-0144", "reference +++123/4567/89002+++ is closed")
                .doesNotContain("Payment details", "Scan and pay");
        assertThat(Pdfs.qrCodes(pdf)).isEmpty();
    }

    @Test
    void printsTheInvoiceFromItsUblWithTheClientsTerms() {
        InvoiceDocument invoice = Letters.invoice(LetterLanguage.EN);

        String text = oneLine(Pdfs.text(renderer.render(invoice)));

        assertThat(text).contains("Invoice Snippet1", "Invoice number Snippet1", "Invoice date 13/11/2017",
                "Due date 01/12/2017", "BuyerTradingName AS", "456 34 Stockholm",
                "item name Description of item 7 EUR 400.00 25",
                "EUR 2,800.00", "Total excl. VAT EUR 1,325.00", "VAT EUR 331.25", "Amount due EUR 1,656.25",
                "Payment within 10 days, 2% discount", "General terms and conditions", "Betaling binnen 30 dagen.");
    }

    @Test
    void takesTheInvoicesOwnStructuredCommunicationWhenNoneIsGiven() {
        String ubl = new String(Samples.ubl(Letters.INVOICE_SAMPLE), StandardCharsets.UTF_8)
                .replace("<cbc:PaymentID>Snippet1</cbc:PaymentID>", "<cbc:PaymentID>RF18539007547034</cbc:PaymentID>");
        InvoiceDocument invoice = new InvoiceDocument(ubl.getBytes(StandardCharsets.UTF_8), "rf.xml",
                LetterLanguage.NL, ReminderLetters.creditor(), Presentation.silentMode(), null, null);

        byte[] pdf = renderer.render(invoice);

        assertThat(Pdfs.qrCodes(pdf)).containsExactly(Letters.EPC_HEAD + "EUR1656.25\n\nRF18539007547034");
    }

    @Test
    void asksForTheInvoiceNumberWhenTheInvoiceHasNoReference() {
        InvoiceDocument invoice = new InvoiceDocument(Samples.ubl(Letters.INVOICE_SAMPLE), Letters.INVOICE_SAMPLE,
                LetterLanguage.NL, ReminderLetters.creditor(), Presentation.silentMode(), null, null);

        byte[] pdf = renderer.render(invoice);

        assertThat(oneLine(Pdfs.text(pdf))).contains("met vermelding van factuurnummer Snippet1");
        assertThat(Pdfs.qrCodes(pdf)).isEmpty();
    }

    @Test
    void printsACreditNoteWithoutPaymentRequest() {
        String file = "peppol-bis-invoice-3_base-creditnote-correction.xml";
        InvoiceDocument creditNote = new InvoiceDocument(Samples.ubl(file), file, LetterLanguage.FR,
                ReminderLetters.creditor(), Presentation.silentMode(), Letters.OGM, null);

        byte[] pdf = renderer.render(creditNote);

        assertThat(Pdfs.text(pdf)).contains("Note de crédit").doesNotContain("Données de paiement");
        assertThat(Pdfs.qrCodes(pdf)).isEmpty();
    }

    @Test
    void namesTheFileAndTheElementOfAnInvoiceItCannotPrint() {
        String ubl = new String(Samples.ubl(Letters.INVOICE_SAMPLE), StandardCharsets.UTF_8)
                .replace("<cbc:IssueDate>2017-11-13</cbc:IssueDate>", "<cbc:IssueDate>13/11/2017</cbc:IssueDate>");
        InvoiceDocument invoice = new InvoiceDocument(ubl.getBytes(StandardCharsets.UTF_8), "broken.xml",
                LetterLanguage.NL, ReminderLetters.creditor(), Presentation.silentMode(), null, null);

        assertThatThrownBy(() -> renderer.render(invoice)).isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("'broken.xml'").hasMessageContaining("IssueDate")
                .hasMessageContaining("13/11/2017");
    }

    @Test
    void refusesAnInvoiceWithADoctype() {
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&e;</Invoice>")
                .getBytes(StandardCharsets.UTF_8);
        InvoiceDocument invoice = new InvoiceDocument(hostile, "hostile.xml", LetterLanguage.NL,
                ReminderLetters.creditor(), Presentation.silentMode(), null, null);

        assertThatThrownBy(() -> renderer.render(invoice)).isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("hostile.xml").hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesADocumentThatIsNoInvoice() {
        InvoiceDocument invoice = new InvoiceDocument("<order/>".getBytes(StandardCharsets.UTF_8), "order.xml",
                LetterLanguage.NL, ReminderLetters.creditor(), Presentation.silentMode(), null, null);

        assertThatThrownBy(() -> renderer.render(invoice)).isInstanceOf(LetterRenderingException.class)
                .hasMessageContaining("'order.xml' at element order: no UBL Invoice or CreditNote");
    }
}
