package be.smartcredit.hub.payment.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.claim.inbound.UnreadableDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** camt.053 details the samples lack: structured references, later versions, and refusing what is not sound. */
class Camt053ReadingTest {

    private static final String OGM = "090933755493";

    private final StatementReader reader = new StatementReader();

    @Test
    void takesABelgianStructuredReferenceIssuedByBba() {
        BankMovement movement = only(statement("02", transaction("100.00", strd("BBA", "+++090/9337/55493+++"))));

        assertThat(movement.reference()).isEqualTo(new PaymentReference(PaymentReference.Kind.OGM, OGM));
        assertThat(movement.flags()).isEmpty();
    }

    @Test
    void takesAnRfCreditorReference() {
        BankMovement movement = only(statement("08", transaction("100.00", strd("", "RF18 5390 0754 7034"))));

        assertThat(movement.reference()).isEqualTo(new PaymentReference(PaymentReference.Kind.RF, "RF18539007547034"));
    }

    @Test
    void flagsABbaReferenceThatFailsTheCheckAndKeepsItAsText() {
        BankMovement movement = only(statement("02", transaction("100.00", strd("BBA", "090933755494"))));

        assertThat(movement.reference()).isNull();
        assertThat(movement.freeText()).isEqualTo("090933755494");
        assertThat(movement.flags()).containsExactly(
                "structured reference '090933755494' fails its check; kept as free text");
    }

    @Test
    void readsThePayersNameInsideAPartyElementAsLaterVersionsWriteIt() {
        String tx = transaction("20.00", "<RmtInf><Ustrd>INV-77</Ustrd></RmtInf>")
                .replace("<Dbtr><Nm>Payer</Nm></Dbtr>", "<Dbtr><Pty><Nm>Payer NV</Nm></Pty></Dbtr>");

        BankMovement movement = only(statement("10", tx));

        assertThat(movement.counterpartyName()).isEqualTo("Payer NV");
        assertThat(movement.counterpartyIban()).isEqualTo("BE71096123456769");
        assertThat(movement.freeText()).isEqualTo("INV-77");
    }

    @Test
    void refusesADoctype() {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + new String(statement("02", ""), StandardCharsets.UTF_8).replaceFirst("<\\?xml[^>]*>", ""))
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(xml, "evil.xml")).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("'evil.xml'").hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void refusesAnotherMessageAndVersionOne() {
        byte[] camt052 = new String(statement("02", ""), StandardCharsets.UTF_8).replace("camt.053", "camt.052")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(camt052, "report.xml")).isInstanceOf(StatementFormatException.class)
                .hasMessageContaining("report.xml element Document: not a camt.053 statement");
        assertThatThrownBy(() -> reader.read(statement("01", ""), "old.xml"))
                .hasMessageContaining("version 001.02 or later");
    }

    @Test
    void namesTheElementOfAMalformedAmount() {
        byte[] xml = statement("02", transaction("12,50", ""));

        assertThatThrownBy(() -> reader.read(xml, "bad.xml")).isInstanceOf(StatementFormatException.class)
                .hasMessage("bad.xml element Stmt[1]/Ntry[1]/NtryDtls/TxDtls[1]/Amt: '12,50' is not an amount");
    }

    @Test
    void refusesAFileThatIsNeitherCodaNorXml() {
        assertThatThrownBy(() -> reader.read("hello".getBytes(StandardCharsets.UTF_8), "note.txt"))
                .hasMessage("note.txt line 1: neither a CODA file (record 0) nor camt.053 XML");
    }

    @Test
    void refusesAnEntryWithSeveralDetailsOneWithoutAmount() {
        String tx = "<TxDtls><Refs><EndToEndId>a</EndToEndId></Refs></TxDtls>";
        String entry = entry("30.00", tx + tx);

        assertThatThrownBy(() -> reader.read(statementWithEntry("02", entry, "30.00"), "split.xml"))
                .hasMessageContaining("Ntry[1]/NtryDtls/TxDtls[1]/AmtDtls/TxAmt/Amt: one of several transaction "
                        + "details has no amount");
    }

    private BankMovement only(byte[] xml) {
        List<BankMovement> movements = reader.read(xml, "test.xml").get(0).movements();
        assertThat(movements).hasSize(1);
        return movements.get(0);
    }

    private static String strd(String issuer, String reference) {
        String tp = issuer.isEmpty() ? "" : "<Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>" + issuer + "</Issr></Tp>";
        return "<RmtInf><Strd><CdtrRefInf>" + tp + "<Ref>" + reference + "</Ref></CdtrRefInf></Strd></RmtInf>";
    }

    private static String transaction(String amount, String remittance) {
        return "<TxDtls><Amt Ccy=\"EUR\">" + amount + "</Amt><RltdPties><Dbtr><Nm>Payer</Nm></Dbtr><DbtrAcct><Id>"
                + "<IBAN>BE71096123456769</IBAN></Id></DbtrAcct></RltdPties>" + remittance + "</TxDtls>";
    }

    private static String entry(String amount, String details) {
        return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
                + "<BookgDt><Dt>2024-03-01</Dt></BookgDt><NtryDtls>" + details + "</NtryDtls></Ntry>";
    }

    private static byte[] statement(String version, String transaction) {
        if (transaction.isEmpty()) {
            return statementWithEntry(version, "", "0.00");
        }
        return statementWithEntry(version, entry("100.00", transaction), "100.00");
    }

    private static byte[] statementWithEntry(String version, String entry, String closing) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                + "camt.053.001." + version + "\"><BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr><Stmt><Id>S1</Id>"
                + "<ElctrncSeqNb>12</ElctrncSeqNb><Acct><Id><IBAN>BE68539007547034</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                + balance("OPBD", "0.00") + balance("CLBD", closing) + entry + "</Stmt></BkToCstmrStmt></Document>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String balance(String type, String amount) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount + "</Amt>"
                + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-03-01</Dt></Dt></Bal>";
    }
}
