package be.smartcredit.hub.payment.matching;

import be.smartcredit.hub.payment.statement.BankMovement;
import be.smartcredit.hub.payment.statement.PaymentReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the claims a credit pays, trying in order: its structured reference (OGM or RF), invoice numbers in its
 * free text, then its amount together with a known debtor's account or name; otherwise it scores suggestions.
 */
public final class PaymentMatcher {

    /** Shorter invoice numbers (such as {@code 12}) turn up by chance in dates and amounts: not looked for. */
    public static final int MIN_NUMBER_LENGTH = 4;

    private static final int MAX_SUGGESTIONS = 3;
    private static final Comparator<ClaimSnapshot> OLDEST_FIRST = Comparator.comparing(ClaimSnapshot::dueDate)
            .thenComparing(ClaimSnapshot::id);

    /**
     * Matches one movement against candidate claims (any superset of the claims that could match: the rules
     * themselves decide).
     */
    public Match match(BankMovement movement, List<ClaimSnapshot> candidates) {
        Optional<ClaimSnapshot> byReference = movement.structuredReference()
                .flatMap(reference -> byReference(reference, candidates));
        if (byReference.isPresent()) {
            return Match.by(MatchRule.REFERENCE, List.of(byReference.get()));
        }
        List<ClaimSnapshot> mentioned = mentionedIn(movement.freeText(), candidates);
        if (!mentioned.isEmpty()) {
            return Match.by(MatchRule.INVOICE_NUMBER, mentioned);
        }
        List<ClaimSnapshot> byAmount = byAmountAndCounterparty(movement, candidates);
        if (!byAmount.isEmpty()) {
            return Match.by(MatchRule.AMOUNT_AND_COUNTERPARTY, byAmount);
        }
        return Match.none(suggest(movement, candidates));
    }

    /** The claim a reference names, paid or not: a payment on a paid claim is an overpayment, not a stranger. */
    public Optional<ClaimSnapshot> byReference(PaymentReference reference, List<ClaimSnapshot> candidates) {
        String body = compact(reference.body());
        return candidates.stream().filter(claim -> !"CREDIT".equals(claim.status()))
                .filter(claim -> reference.kind() == PaymentReference.Kind.OGM
                        ? claim.communication().equals(reference.value())
                        : claim.communication().equals(body) || compact(claim.number()).equals(body))
                .findFirst();
    }

    /** Open claims whose number stands in the text as a whole word, in the order the text names them. */
    List<ClaimSnapshot> mentionedIn(String freeText, List<ClaimSnapshot> candidates) {
        String text = freeText.toUpperCase(Locale.ROOT);
        Map<Integer, ClaimSnapshot> byPosition = new TreeMap<>();
        for (ClaimSnapshot claim : candidates) {
            String number = claim.number().toUpperCase(Locale.ROOT);
            if (!claim.isOpen() || number.length() < MIN_NUMBER_LENGTH) {
                continue;
            }
            // Not preceded or followed by a letter or digit: 1234 does not match inside 41234 or INV12345.
            Matcher found = Pattern.compile("(?<![A-Z0-9])" + Pattern.quote(number) + "(?![A-Z0-9])").matcher(text);
            if (found.find()) {
                byPosition.putIfAbsent(found.start(), claim);
            }
        }
        return byPosition.values().stream().distinct().toList();
    }

    /**
     * Open claims of the debtor who sent the money (known account, or same name) whose amount it is: one claim
     * with exactly that open amount, or else all of that debtor's open claims when they add up to it.
     */
    List<ClaimSnapshot> byAmountAndCounterparty(BankMovement movement, List<ClaimSnapshot> candidates) {
        List<ClaimSnapshot> ofPayer = candidates.stream().filter(ClaimSnapshot::isOpen)
                .filter(claim -> claim.currency().equals(movement.currency()))
                .filter(claim -> isPayer(movement, claim)).sorted(OLDEST_FIRST).toList();
        Optional<ClaimSnapshot> exact = ofPayer.stream()
                .filter(claim -> claim.openAmount().compareTo(movement.amount()) == 0).findFirst();
        if (exact.isPresent()) {
            return List.of(exact.get());
        }
        BigDecimal total = ofPayer.stream().map(ClaimSnapshot::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return ofPayer.size() > 1 && total.compareTo(movement.amount()) == 0 ? ofPayer : List.of();
    }

    /** The best few open claims for a person to choose from, highest score first; none that score nothing. */
    public List<Suggestion> suggest(BankMovement movement, List<ClaimSnapshot> candidates) {
        List<Suggestion> scored = new ArrayList<>();
        for (ClaimSnapshot claim : candidates) {
            if (claim.isOpen()) {
                score(movement, claim).ifPresent(scored::add);
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::claimId)).limit(MAX_SUGGESTIONS).toList();
    }

    private Optional<Suggestion> score(BankMovement movement, ClaimSnapshot claim) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        if (claim.openAmount().compareTo(movement.amount().abs()) == 0) {
            score += 50;
            reasons.add("amount equals the open amount");
        }
        if (isPayer(movement, claim)) {
            score += 30;
            reasons.add("payer is the debtor");
        } else if (Names.overlap(movement.counterpartyName(), claim.debtorName()) >= 0.5) {
            score += 15;
            reasons.add("payer's name resembles the debtor's");
        }
        String digits = claim.number().replaceAll("\\D", "");
        if (digits.length() >= MIN_NUMBER_LENGTH && movement.freeText().replaceAll("\\D", "").contains(digits)) {
            score += 20;
            reasons.add("text holds the invoice number's digits");
        }
        if (!claim.currency().equals(movement.currency())) {
            score /= 2;
            reasons.add("other currency: " + claim.currency());
        }
        return score == 0 ? Optional.empty() : Optional.of(new Suggestion(claim.id(), claim.number(),
                claim.debtorName(), claim.openAmount(), claim.currency(), score, reasons));
    }

    private static boolean isPayer(BankMovement movement, ClaimSnapshot claim) {
        return !movement.counterpartyIban().isEmpty() && claim.debtorIbans().contains(movement.counterpartyIban())
                || Names.same(movement.counterpartyName(), claim.debtorName());
    }

    private static String compact(String reference) {
        return reference.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
