package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.Samples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.claim.ClaimDocument;
import be.smartcredit.hub.claim.ClaimParty;
import be.smartcredit.hub.claim.DocumentType;
import be.smartcredit.hub.claim.PostalAddress;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Golden tests of xslt/ubl-to-claim.xsl: the expected claims were read by hand from the sample files. */
class ClaimMappingGoldenTest {

    private static final String PEPPOL_BIS_3 =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    private static final String PEPPOL_PROFILE_01 = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    private static final HardenedXmlParser parser = new HardenedXmlParser(1_000_000);
    private static final UblDocumentLocator locator = new UblDocumentLocator(parser);
    private static final ClaimTransformation transformation = new ClaimTransformation();

    @Test
    void mapsThePeppolBaseExampleInvoice() {
        byte[] invoice = Samples.ubl("peppol-bis-invoice-3_base-example.xml");

        ClaimDocument claim = map(invoice);

        assertThat(claim).isEqualTo(new ClaimDocument(DocumentType.INVOICE, "380", "Snippet1",
                LocalDate.of(2017, 11, 13), LocalDate.of(2017, 12, 1), "EUR",
                new BigDecimal("1656.25"), new BigDecimal("1325"), PEPPOL_BIS_3, PEPPOL_PROFILE_01,
                "0150abc", null, null, "Payment within 10 days, 2% discount", "Snippet1", "IBAN32423940",
                baseExampleSeller(), baseExampleBuyer(), null));
    }

    @Test
    void mapsTheCreditNoteCorrectionWithItsInvoiceReferenceAndNoDueDate() {
        byte[] creditNote = Samples.ubl("peppol-bis-invoice-3_base-creditnote-correction.xml");

        ClaimDocument claim = map(creditNote);

        assertThat(claim).isEqualTo(new ClaimDocument(DocumentType.CREDIT_NOTE, "381", "Snippet1",
                LocalDate.of(2017, 11, 13), null, "EUR",
                new BigDecimal("1656.25"), new BigDecimal("1325"), PEPPOL_BIS_3, PEPPOL_PROFILE_01,
                "0150abc", null, "Snippet1", "Payment within 10 days, 2% discount", "Snippet1", "IBAN32423940",
                baseExampleSeller(), baseExampleBuyer(), null));
    }

    @Test
    void mapsTheBelgianOdooInvoiceKeepingTheAmountScale() {
        byte[] invoice = Samples.ubl("odoo_bis3_from_BEG_testcase01_minimal_invoice.xml");

        ClaimDocument claim = map(invoice);

        assertThat(claim).isEqualTo(new ClaimDocument(DocumentType.INVOICE, "380", "2019000001",
                LocalDate.of(2018, 4, 9), LocalDate.of(2018, 5, 9), "EUR",
                new BigDecimal("3116.00"), new BigDecimal("2600.00"), PEPPOL_BIS_3, PEPPOL_PROFILE_01,
                null, "YR127129", null, "30 days after invoice date", null, "BE54000000000097",
                new ClaimParty("Demo Shop NV - Commercial name", "Demo Shop NV", "0123456749", "9956",
                        "BE0123456749", "0123456749", "myname@demoshop.be", null,
                        new PostalAddress("Main street 123", null, "BRUSSELS", "1000", "BE")),
                new ClaimParty("Hotel Local SPRL - Nom commercial", "Hotel Local SPRL", "0214168947", "9956",
                        "BE0214168947", "0214168947", null, null,
                        new PostalAddress("Rue de la Mairie 456", null, "LIEGE", "4000", "BE")),
                null));
    }

    @Test
    void takesTheDueDateFromThePaymentMeansWhenTheDocumentHasNone() {
        byte[] creditNote = edit("peppol-bis-invoice-3_base-creditnote-correction.xml",
                "<cbc:PaymentID>", "<cbc:PaymentDueDate>2017-12-15</cbc:PaymentDueDate><cbc:PaymentID>");

        ClaimDocument claim = map(creditNote);

        assertThat(claim.dueDate()).isEqualTo(LocalDate.of(2017, 12, 15));
    }

    @Test
    void takesTheCurrencyFromThePayableAmountWhenTheDocumentCurrencyIsMissing() {
        byte[] invoice = Samples.ubl("ph-ubl-testfiles_UBL-Invoice-2.1-Example-Trivial.xml");

        ClaimDocument claim = map(invoice);

        assertThat(claim.currency()).isEqualTo("CAD");
        assertThat(claim.payableAmount()).isEqualByComparingTo("100.00");
        assertThat(claim.debtor().name()).isEqualTo("North American Veeblefetzer");
    }

    @Test
    void refusesAnIssueDateThatIsNoDateNamingTheElement() {
        byte[] invoice = edit("peppol-bis-invoice-3_base-example.xml", "2017-11-13", "13/11/2017");

        assertThatThrownBy(() -> map(invoice))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("element cbc:IssueDate")
                .hasMessageContaining("'13/11/2017' is not a date");
    }

    private static ClaimDocument map(byte[] content) {
        UblSource ubl = locator.locate(parser.parse(content, "golden.xml"), "golden.xml");
        return transformation.map(ubl, "golden.xml");
    }

    private static byte[] edit(String sample, String find, String replacement) {
        String text = new String(Samples.ubl(sample), StandardCharsets.UTF_8);
        return text.replaceFirst(find, replacement).getBytes(StandardCharsets.UTF_8);
    }

    private static ClaimParty baseExampleSeller() {
        return new ClaimParty("SupplierTradingName Ltd.", "SupplierOfficialName Ltd", "9482348239847239874", "0088",
                "GB1232434", "GB983294", null, null,
                new PostalAddress("Main street 1", "Postbox 123", "London", "GB 123 EW", "GB"));
    }

    private static ClaimParty baseExampleBuyer() {
        return new ClaimParty("BuyerTradingName AS", "Buyer Official Name", "FR23342", "0002",
                "SE4598375937", "39937423947", "lj@buyer.se", "23434234",
                new PostalAddress("Hovedgatan 32", "Po box 878", "Stockholm", "456 34", "SE"));
    }
}
