package be.smartcredit.hub.payment.coda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A statement being read, from its record 0 to its record 9. */
final class StatementDraft {

    private static final int ACCOUNT_ZONE_LENGTH = 37;

    private final LocalDate creationDate;
    private final boolean duplicate;
    private final List<MovementDraft> movements = new ArrayList<>();
    private final List<String> freeCommunications = new ArrayList<>();
    private AccountStructure structure;
    private String account;
    private String currency;
    private String holderName;
    private int sequenceNumber;
    private BigDecimal oldBalance;
    private LocalDate oldBalanceDate;
    private BigDecimal newBalance;
    private LocalDate newBalanceDate;
    private int records;

    private StatementDraft(LocalDate creationDate, boolean duplicate) {
        this.creationDate = creationDate;
        this.duplicate = duplicate;
    }

    /** Reads record 0, refusing versions whose layout this parser does not know. */
    static StatementDraft readHeader(CodaLine line) {
        char version = line.at(CodaLine.LENGTH);
        if (version != '2' && version != '1') {
            throw line.error("version code '" + version + "' is not supported (expected 2, or 1 for the old layout)");
        }
        return new StatementDraft(line.date(6), line.at(17) == 'D');
    }

    /** Reads record 1: account, currency, old balance and holder. */
    void readOldBalance(CodaLine line) {
        structure = AccountStructure.of(line.at(2));
        if (structure == null) {
            throw line.error("account structure '" + line.at(2) + "' is unknown (expected 0, 1, 2 or 3)");
        }
        sequenceNumber = line.number(3, 5);
        String zone = line.field(6, 5 + ACCOUNT_ZONE_LENGTH);
        account = structure.accountNumber(zone);
        currency = structure.currency(zone);
        oldBalance = line.amount(43);
        oldBalanceDate = line.date(59);
        holderName = line.trimmed(65, 90);
    }

    void readMovement(CodaLine line) {
        movements.add(MovementDraft.read(line));
    }

    MovementDraft currentMovement() {
        return movements.get(movements.size() - 1);
    }

    void readFreeCommunication(CodaLine line) {
        freeCommunications.add(line.trimmed(33, 112));
    }

    /** Reads record 8; its account zone repeats record 1's and is not compared, as some banks anonymise it. */
    void readNewBalance(CodaLine line) {
        newBalance = line.amount(42);
        newBalanceDate = line.date(58);
    }

    boolean hasNewBalance() {
        return newBalance != null;
    }

    void countRecord() {
        records++;
    }

    /** Reads record 9 and puts the statement together with its balance check. */
    CodaStatement finish(CodaLine trailer) {
        BalanceCheck check = new BalanceCheck(oldBalance, sumOfTotals(1), sumOfTotals(-1).negate(), newBalance,
                trailer.total(38), trailer.total(23), records, trailer.number(17, 22));
        return new CodaStatement(account, structure, currency, holderName, sequenceNumber, creationDate, duplicate,
                oldBalance, oldBalanceDate, newBalance, newBalanceDate, buildMovements(), freeCommunications, check);
    }

    // Details repeat the amount of their total, so only movements with detail number 0 add up to the balance.
    private BigDecimal sumOfTotals(int signum) {
        return movements.stream()
                .filter(movement -> movement.detailNumber() == 0 && movement.amount().signum() == signum)
                .map(MovementDraft::amount)
                .reduce(BigDecimal.ZERO.setScale(3), BigDecimal::add);
    }

    private List<CodaMovement> buildMovements() {
        List<CodaMovement> built = new ArrayList<>();
        for (int index = 0; index < movements.size(); index++) {
            built.add(movements.get(index).toMovement(detailsFollowing(index)));
        }
        return built;
    }

    // Limitation: one level of details only; a detail that totals deeper details (type 7 over type 9) is matched
    // alongside its own details.
    private int detailsFollowing(int index) {
        MovementDraft total = movements.get(index);
        if (total.detailNumber() != 0) {
            return 0;
        }
        int count = 0;
        for (int next = index + 1; next < movements.size(); next++) {
            MovementDraft detail = movements.get(next);
            if (detail.sequenceNumber() != total.sequenceNumber() || detail.detailNumber() == 0) {
                break;
            }
            count++;
        }
        return count;
    }
}
