package be.smartcredit.hub.payment.coda;

import java.util.List;

/** One CODA file as received from the bank: the statements it carries, in file order. */
public record CodaFile(String fileName, List<CodaStatement> statements) {

    public CodaFile {
        statements = List.copyOf(statements);
    }

    /** True when every statement passes its balance check. */
    public boolean balances() {
        return statements.stream().allMatch(statement -> statement.balanceCheck().isOk());
    }
}
