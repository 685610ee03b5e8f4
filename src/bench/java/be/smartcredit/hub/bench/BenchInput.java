package be.smartcredit.hub.bench;

import be.smartcredit.hub.TestData;
import be.smartcredit.hub.bench.SampleParties.Party;
import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.document.LetterKind;
import be.smartcredit.hub.document.LetterLanguage;
import be.smartcredit.hub.document.ReminderLetter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Generates the benchmark's input from the shared samples: Peppol invoices from the base example, CSV exports in
 * the demo connector's layout and reminder letters, each with its own number, amount and a buyer of the samples.
 */
final class BenchInput {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CSV_HEADER = "Factuurnummer;Factuurdatum;Vervaldag;Bedrag;Munt;Klant;Straat;"
            + "Postcode;Gemeente;Land;E-mail;BTW;Taal;Betalingstermijn;Creditnota voor";

    private final List<Party> buyers = SampleParties.buyers();
    private final Random random = new Random(20_260_101L);

    /** The Peppol base example as invoice {@code number}, to a buyer of its own named after a sample buyer. */
    byte[] peppolInvoice(String number, int buyer) {
        String xml = TestData.baseExampleForOwnBuyer(number, buyer)
                .replace("Buyer Official Name", buyers.get(buyer % buyers.size()).name() + " " + buyer);
        return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A CSV export of {@code rows} invoices numbered from {@code first}, in the demo connector's layout. */
    byte[] csvExport(String prefix, int first, int rows, LocalDate issued) {
        StringBuilder csv = new StringBuilder(rows * 160).append(CSV_HEADER).append("\r\n");
        for (int row = first; row < first + rows; row++) {
            Party buyer = buyers.get(row % buyers.size());
            csv.append(prefix).append(row).append(';').append(DAY.format(issued)).append(';')
                    .append(DAY.format(issued.plusDays(30))).append(';').append(amount().replace('.', ','))
                    .append(";EUR;").append(clean(buyer.name())).append(' ').append(row).append(';')
                    .append(clean(buyer.street())).append(';').append(clean(buyer.postcode())).append(';')
                    .append(clean(buyer.city())).append(';').append(clean(buyer.country()))
                    .append(";debtor").append(row)
                    .append("@bench.example;;nl;30 dagen;\r\n");
        }
        return csv.toString().getBytes(WINDOWS_1252);
    }

    /** A first reminder about two invoices of a sample buyer, with amounts of its own. */
    ReminderLetter reminder(int index, LocalDate date) {
        Party buyer = buyers.get(index % buyers.size());
        ReminderLetter.Creditor creditor = new ReminderLetter.Creditor("Demo Facility Services BV", "0765.432.146",
                "BE0765432146", List.of("Industrieweg 7", "9000 Gent"), "+32 9 123 45 67", "ar@demo.example",
                "BE07 3630 0123 4566", "BBRUBEBB", null);
        ReminderLetter.Debtor debtor = new ReminderLetter.Debtor(buyer.name() + " " + index,
                List.of(buyer.street(), buyer.postcode() + " " + buyer.city()));
        List<ReminderLetter.OpenInvoice> invoices = List.of(
                new ReminderLetter.OpenInvoice("B" + index + "-1", date.minusDays(60), date.minusDays(30),
                        new BigDecimal(amount())),
                new ReminderLetter.OpenInvoice("B" + index + "-2", date.minusDays(45), date.minusDays(15),
                        new BigDecimal(amount())));
        return new ReminderLetter(LetterKind.REMINDER_1, LetterLanguage.values()[index % 4], date, creditor, debtor,
                invoices, Currency.getInstance("EUR"), StructuredCommunication.fromBase(5_000_000L + index),
                date.plusDays(14), null);
    }

    String buyerName(int index) {
        return buyers.get(index % buyers.size()).name();
    }

    List<String> buyerNames() {
        return buyers.stream().map(Party::name).distinct().toList();
    }

    private String amount() {
        return BigDecimal.valueOf(1_000 + random.nextInt(499_000), 2).toPlainString();
    }

    private static String clean(String cell) {
        return cell.replaceAll("[;\"\\r\\n]+", " ").strip();
    }
}
