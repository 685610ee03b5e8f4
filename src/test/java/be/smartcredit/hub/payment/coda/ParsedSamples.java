package be.smartcredit.hub.payment.coda;

import be.smartcredit.hub.Samples;
/** Small lookups shared by the sample tests. */
final class ParsedSamples {

    private ParsedSamples() {
    }

    static CodaFile parse(String sampleName) {
        return new CodaParser().parse(Samples.bytes("coda/" + sampleName), sampleName);
    }

    static CodaStatement onlyStatement(String sampleName) {
        CodaFile file = parse(sampleName);
        if (file.statements().size() != 1) {
            throw new AssertionError(sampleName + " has " + file.statements().size() + " statements, expected 1");
        }
        return file.statements().get(0);
    }

    static CodaMovement movement(CodaStatement statement, int sequenceNumber, int detailNumber) {
        return statement.movements().stream()
                .filter(movement -> movement.sequenceNumber() == sequenceNumber)
                .filter(movement -> movement.detailNumber() == detailNumber)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no movement " + sequenceNumber + "/" + detailNumber));
    }
}
