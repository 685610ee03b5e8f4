package be.smartcredit.hub.payment.statement;

import static be.smartcredit.hub.payment.statement.XmlElements.at;
import static be.smartcredit.hub.payment.statement.XmlElements.children;
import static be.smartcredit.hub.payment.statement.XmlElements.firstText;
import static be.smartcredit.hub.payment.statement.XmlElements.text;

import be.smartcredit.hub.claim.inbound.HardenedXmlParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads an ISO 20022 camt.053 bank-to-customer statement (version 001.02 and later) with the hub's hardened XML
 * parser (no DOCTYPE, no entities, a size limit) into the common statement model.
 *
 * <p>The elements read here keep their names and places across the versions, so the reader works by local name
 * and checks only that the namespace is a camt.053 one of version 02 or later.
 */
final class Camt053Reader {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.(\\d{2})");
    private static final int FIRST_VERSION = 2;

    private final HardenedXmlParser parser = new HardenedXmlParser(MAX_BYTES);

    List<BankStatement> read(byte[] content, String fileName) {
        Element document = parser.parse(content, fileName).getDocumentElement();
        checkNamespace(document, fileName);

        Element message = at(document, "BkToCstmrStmt").orElseThrow(() -> new StatementFormatException(fileName,
                "element Document", "has no BkToCstmrStmt"));
        List<Element> statements = children(message, "Stmt");
        List<BankStatement> read = new ArrayList<>();
        for (int index = 0; index < statements.size(); index++) {
            read.add(statement(statements.get(index), new Place(fileName, "Stmt[" + (index + 1) + "]")));
        }
        return read;
    }

    private static void checkNamespace(Element document, String fileName) {
        String namespace = String.valueOf(document.getNamespaceURI());
        Matcher version = NAMESPACE.matcher(namespace);
        if (!"Document".equals(document.getLocalName()) || !version.matches()
                || Integer.parseInt(version.group(1)) < FIRST_VERSION) {
            throw new StatementFormatException(fileName, "element " + document.getLocalName(),
                    "not a camt.053 statement of version 001.02 or later (namespace '" + namespace + "')");
        }
    }

    private static BankStatement statement(Element stmt, Place place) {
        String account = firstText(stmt, "Acct/Id/IBAN", "Acct/Id/Othr/Id")
                .orElseThrow(() -> place.error("Acct/Id", "has no IBAN or other account id"));
        Balances balances = Balances.read(stmt, place);
        String currency = firstText(stmt, "Acct/Ccy").orElse(balances.currency());
        String number = firstText(stmt, "LglSeqNb", "ElctrncSeqNb", "Id")
                .orElseThrow(() -> place.error("Id", "the statement has no id or sequence number"));
        LocalDate date = balances.closingDate()
                .or(() -> firstText(stmt, "FrToDt/ToDtTm", "CreDtTm").map(dateTime -> LocalDate.parse(
                        dateTime.substring(0, 10))))
                .orElseThrow(() -> place.error("Bal", "no closing balance date and no period"));
        boolean duplicate = text(stmt, "CpyDplctInd").filter("DUPL"::equals).isPresent();

        List<BankMovement> movements = new ArrayList<>();
        Totals totals = new Totals();
        List<Element> entries = children(stmt, "Ntry");
        for (int index = 0; index < entries.size(); index++) {
            CamtEntry entry = new CamtEntry(entries.get(index), index + 1, place.below("Ntry[" + (index + 1) + "]"));
            if (entry.isBooked()) {
                totals.add(entry.amount());
                movements.addAll(entry.movements(currency));
            }
        }
        BalanceVerdict verdict = BalanceVerdict.of(balances.opening(), totals.credits, totals.debits,
                balances.closing());
        return new BankStatement(StatementFormat.CAMT053, account, currency, number, date, balances.opening(),
                balances.closing(), duplicate, verdict, movements);
    }

    /** Where in the file an element is, for error messages. */
    record Place(String fileName, String path) {

        Place below(String child) {
            return new Place(fileName, path + "/" + child);
        }

        StatementFormatException error(String element, String reason) {
            return new StatementFormatException(fileName, "element " + path + "/" + element, reason);
        }

        BigDecimal amount(Element parent, String element) {
            String text = text(parent, element).orElseThrow(() -> error(element, "is missing"));
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw error(element, "'" + text + "' is not an amount");
            }
        }
    }

    /** Opening and closing balance of one statement. */
    private record Balances(BigDecimal opening, BigDecimal closing, Optional<LocalDate> closingDate, String currency) {

        static Balances read(Element stmt, Place place) {
            BigDecimal opening = null;
            BigDecimal closing = null;
            Optional<LocalDate> closingDate = Optional.empty();
            String currency = null;
            List<Element> balances = children(stmt, "Bal");
            for (int index = 0; index < balances.size(); index++) {
                Element balance = balances.get(index);
                Place here = place.below("Bal[" + (index + 1) + "]");
                String type = firstText(balance, "Tp/CdOrPrtry/Cd", "Tp/CdOrPrtry/Prtry").orElse("");
                BigDecimal amount = signed(here.amount(balance, "Amt"), balance, here);
                currency = at(balance, "Amt").map(amt -> amt.getAttribute("Ccy")).orElse(currency);
                if (type.equals("OPBD") || (type.equals("PRCD") && opening == null)) {
                    opening = amount;
                } else if (type.equals("CLBD")) {
                    closing = amount;
                    closingDate = firstText(balance, "Dt/Dt", "Dt/DtTm").map(d -> LocalDate.parse(d.substring(0, 10)));
                }
            }
            return new Balances(opening, closing, closingDate, currency);
        }
    }

    static BigDecimal signed(BigDecimal amount, Element parent, Place place) {
        String indicator = text(parent, "CdtDbtInd").orElseThrow(() -> place.error("CdtDbtInd", "is missing"));
        return switch (indicator) {
            case "CRDT" -> amount;
            case "DBIT" -> amount.negate();
            default -> throw place.error("CdtDbtInd", "'" + indicator + "' is neither CRDT nor DBIT");
        };
    }

    /** Credits and debits of the booked entries, as the balance check adds them. */
    private static final class Totals {
        private BigDecimal credits = BigDecimal.ZERO;
        private BigDecimal debits = BigDecimal.ZERO;

        void add(BigDecimal signedAmount) {
            if (signedAmount.signum() >= 0) {
                credits = credits.add(signedAmount);
            } else {
                debits = debits.add(signedAmount.negate());
            }
        }
    }
}
