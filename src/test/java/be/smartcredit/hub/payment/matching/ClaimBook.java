package be.smartcredit.hub.payment.matching;

import be.smartcredit.hub.claim.StructuredCommunication;
import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.PaymentReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Claims kept in memory for matching tests: movements are decided and their plans applied as the hub would. */
final class ClaimBook {

    private final Map<Long, ClaimSnapshot> claims = new LinkedHashMap<>();
    private final Reconciler reconciler = new Reconciler();
    private final List<BigDecimal> credits = new ArrayList<>();
    private long nextId = 1;

    /** Adds an open claim of debtor 1 ("Brasserie De Kroon BV", known account BE71096123456769). */
    ClaimSnapshot invoice(String number, String amount, LocalDate dueDate) {
        return invoice(number, amount, "EUR", dueDate);
    }

    ClaimSnapshot invoice(String number, String amount, String currency, LocalDate dueDate) {
        long id = nextId++;
        ClaimSnapshot claim = new ClaimSnapshot(id, "demo", 1, "Brasserie De Kroon BV", number, currency,
                new BigDecimal(amount), new BigDecimal(amount), "OPEN", dueDate,
                StructuredCommunication.fromBase(1000 + id).digits(), Set.of("BE71096123456769"));
        claims.put(id, claim);
        return claim;
    }

    Decision receive(BankMovement movement) {
        Decision decision = reconciler.decide(movement, List.copyOf(claims.values()));
        if (decision.plan() != null && !decision.plan().isHeld()) {
            decision.plan().allocations().forEach(a -> claims.put(a.claim().id(),
                    claims.get(a.claim().id()).withOpenAmount(a.openAfter())));
            if (decision.plan().credit().signum() > 0) {
                credits.add(decision.plan().credit());
            }
        }
        return decision;
    }

    BigDecimal open(ClaimSnapshot claim) {
        return claims.get(claim.id()).openAmount();
    }

    String status(ClaimSnapshot claim) {
        return claims.get(claim.id()).status();
    }

    List<BigDecimal> credits() {
        return credits;
    }

    static Movement credit(String amount) {
        return new Movement(new BigDecimal(amount));
    }

    static Movement debit(String amount) {
        return new Movement(new BigDecimal(amount).negate());
    }

    /** A movement being described by a test. */
    static final class Movement {
        private final BigDecimal amount;
        private String currency = "EUR";
        private PaymentReference reference;
        private String text = "";
        private String name = "";
        private String iban = "";
        private boolean returned;

        private Movement(BigDecimal amount) {
            this.amount = amount;
        }

        Movement in(String code) {
            currency = code;
            return this;
        }

        Movement referring(ClaimSnapshot claim) {
            reference = PaymentReference.ogm(new StructuredCommunication(claim.communication()));
            return this;
        }

        Movement reference(PaymentReference given) {
            reference = given;
            return this;
        }

        Movement text(String freeText) {
            text = freeText;
            return this;
        }

        Movement from(String payerName, String payerIban) {
            name = payerName;
            iban = payerIban;
            return this;
        }

        Movement returned() {
            returned = true;
            return this;
        }

        BankMovement build() {
            return new BankMovement("1/0", amount, currency, LocalDate.of(2024, 3, 1), reference, text, name, iban,
                    returned, List.of());
        }
    }
}
