package be.smartcredit.hub.payment.statement;

import static be.smartcredit.hub.payment.statement.XmlElements.at;
import static be.smartcredit.hub.payment.statement.XmlElements.children;
import static be.smartcredit.hub.payment.statement.XmlElements.firstText;
import static be.smartcredit.hub.payment.statement.XmlElements.text;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.payment.statement.Camt053Reader.Place;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Element;

/** One camt.053 entry (Ntry) and its transaction details, each detail becoming one movement. */
final class CamtEntry {

    private final Element entry;
    private final int number;
    private final Place place;
    private final BigDecimal amount;

    CamtEntry(Element entry, int number, Place place) {
        this.entry = entry;
        this.number = number;
        this.place = place;
        this.amount = Camt053Reader.signed(place.amount(entry, "Amt"), entry, place);
    }

    /** Only booked entries count; pending and information-only ones are not on the account yet. */
    boolean isBooked() {
        return firstText(entry, "Sts/Cd", "Sts").map("BOOK"::equals).orElse(true);
    }

    BigDecimal amount() {
        return amount;
    }

    List<BankMovement> movements(String statementCurrency) {
        String currency = at(entry, "Amt").map(amt -> amt.getAttribute("Ccy")).filter(c -> !c.isEmpty())
                .orElse(statementCurrency);
        LocalDate booked = firstText(entry, "BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt")
                .map(date -> LocalDate.parse(date.substring(0, 10)))
                .orElseThrow(() -> place.error("BookgDt", "the entry has no booking date"));
        boolean reversal = text(entry, "RvslInd").filter("true"::equalsIgnoreCase).isPresent();

        List<Element> details = new ArrayList<>();
        children(entry, "NtryDtls").forEach(group -> details.addAll(children(group, "TxDtls")));
        if (details.isEmpty()) {
            String text = text(entry, "AddtlNtryInf").orElse("");
            return List.of(new BankMovement("N" + number, amount, currency, booked, null, text, "", "", reversal,
                    List.of()));
        }
        List<BankMovement> movements = new ArrayList<>();
        for (int index = 0; index < details.size(); index++) {
            Place here = place.below("NtryDtls/TxDtls[" + (index + 1) + "]");
            movements.add(detail(details.get(index), "N" + number + "/T" + (index + 1), details.size() == 1,
                    new Context(currency, booked, reversal), here));
        }
        return movements;
    }

    private record Context(String currency, LocalDate booked, boolean reversal) {
    }

    private BankMovement detail(Element tx, String key, boolean only, Context context, Place here) {
        BigDecimal detailAmount = detailAmount(tx, only, here);
        String currency = firstAmountElement(tx).map(amt -> amt.getAttribute("Ccy")).filter(c -> !c.isEmpty())
                .orElse(context.currency());
        boolean credit = detailAmount.signum() > 0;
        String party = credit ? "Dbtr" : "Cdtr";
        String name = firstText(tx, "RltdPties/" + party + "/Nm", "RltdPties/" + party + "/Pty/Nm",
                "RltdPties/Ultmt" + party + "/Nm").orElse("");
        String iban = firstText(tx, "RltdPties/" + party + "Acct/Id/IBAN", "RltdPties/" + party + "Acct/Id/Othr/Id")
                .orElse("");
        boolean returned = context.reversal() || at(tx, "RtrInf").isPresent();

        List<String> flags = new ArrayList<>();
        Remittance remittance = Remittance.read(tx, flags);
        if (returned) {
            flags.add("returned or reversed payment" + text(tx, "RtrInf/Rsn/Cd").map(c -> " (reason " + c + ")")
                    .orElse(""));
        }
        return new BankMovement(key, detailAmount, currency, context.booked(), remittance.reference(),
                remittance.freeText(), name, iban, returned, flags);
    }

    // A single detail without an amount of its own carries the entry's; several details must each say theirs.
    private BigDecimal detailAmount(Element tx, boolean only, Place here) {
        Optional<Element> amountElement = firstAmountElement(tx);
        if (amountElement.isEmpty()) {
            if (!only) {
                throw here.error("AmtDtls/TxAmt/Amt", "one of several transaction details has no amount");
            }
            return amount;
        }
        BigDecimal unsigned;
        try {
            unsigned = new BigDecimal(amountElement.get().getTextContent().strip());
        } catch (NumberFormatException e) {
            throw here.error("Amt", "'" + amountElement.get().getTextContent().strip() + "' is not an amount");
        }
        boolean debit = text(tx, "CdtDbtInd").map("DBIT"::equals).orElse(amount.signum() < 0);
        return debit ? unsigned.negate() : unsigned;
    }

    private static Optional<Element> firstAmountElement(Element tx) {
        return at(tx, "AmtDtls/TxAmt/Amt").or(() -> at(tx, "Amt"));
    }

    /** The remittance information of one detail: its structured reference and its free text. */
    private record Remittance(PaymentReference reference, String freeText) {

        static Remittance read(Element tx, List<String> flags) {
            List<String> texts = new ArrayList<>();
            at(tx, "RmtInf").ifPresent(rmt -> children(rmt, "Ustrd").forEach(u -> texts.add(u.getTextContent()
                    .strip())));
            text(tx, "AddtlTxInf").ifPresent(texts::add);
            PaymentReference reference = null;
            for (Element strd : at(tx, "RmtInf").map(rmt -> children(rmt, "Strd")).orElse(List.of())) {
                Optional<String> ref = text(strd, "CdtrRefInf/Ref");
                if (ref.isEmpty()) {
                    continue;
                }
                Optional<PaymentReference> valid = structured(strd, ref.get());
                if (valid.isPresent()) {
                    reference = reference == null ? valid.get() : reference;
                    continue;
                }
                texts.add(ref.get());
                if (claimsAScheme(strd, ref.get())) {
                    flags.add("structured reference '" + ref.get() + "' fails its check; kept as free text");
                }
            }
            String joined = String.join(" ", texts);
            return new Remittance(reference != null ? reference : PaymentReference.findIn(joined).orElse(null),
                    joined);
        }

        // Issuer BBA marks a Belgian structured communication; anything starting with RF is an ISO 11649 reference.
        private static Optional<PaymentReference> structured(Element strd, String ref) {
            if (isBelgian(strd)) {
                return StructuredCommunication.parse(ref).map(PaymentReference::ogm);
            }
            if (ref.toUpperCase(Locale.ROOT).startsWith("RF")) {
                return PaymentReference.rf(ref);
            }
            return PaymentReference.parse(ref);
        }

        // A creditor's own reference in another scheme is free text; a broken OGM or RF reference is worth a flag.
        private static boolean claimsAScheme(Element strd, String ref) {
            return isBelgian(strd) || ref.toUpperCase(Locale.ROOT).startsWith("RF")
                    || PaymentReference.looksLikeBrokenOgm(ref);
        }

        private static boolean isBelgian(Element strd) {
            return text(strd, "CdtrRefInf/Tp/Issr").filter("BBA"::equalsIgnoreCase).isPresent();
        }
    }
}
