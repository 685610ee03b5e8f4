package be.smartcredit.hub;

import be.smartcredit.hub.payment.coda.CodaFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile corpus: bad files for every inbound channel, made here from the real samples so each differs from a
 * good file in one way only. Every file is expected to be refused and quarantined with a reason naming it.
 */
final class HostileFiles {

    /** The way a file reaches the hub. */
    enum Way { FOLDER, SFTP, HTTP, BANK }

    /**
     * One bad file.
     *
     * @param way how it is delivered
     * @param folder the connector folder it goes to ({@code north/peppol}), or {@code bank}
     * @param name the file name it arrives under
     * @param reason a piece of the reason the quarantine report must give
     */
    record Hostile(Way way, String folder, String name, byte[] content, String reason) {
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String baitUrl;

    /** @param baitUrl a local URL that external entities and DTDs point at; it must never be fetched */
    HostileFiles(String baitUrl) {
        this.baitUrl = baitUrl;
    }

    List<Hostile> all() {
        List<Hostile> all = new ArrayList<>();
        all.addAll(xml(Way.FOLDER, "north/peppol", "f-"));
        all.addAll(xml(Way.SFTP, "north/peppol", "s-"));
        all.addAll(xml(Way.HTTP, "north/http", "h-"));
        all.addAll(csv());
        all.addAll(coda());
        all.addAll(camt());
        return all;
    }

    private List<Hostile> xml(Way way, String folder, String prefix) {
        String invoice = invoice("HOSTILE-1");
        return List.of(
                new Hostile(way, folder, prefix + "xxe-file.xml", utf8(withDoctype(invoice,
                        "<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>", "&xxe;")), "DOCTYPE"),
                new Hostile(way, folder, prefix + "xxe-http.xml", utf8(withDoctype(invoice,
                        "<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM \"" + baitUrl + "\">]>", "&xxe;")), "DOCTYPE"),
                new Hostile(way, folder, prefix + "external-dtd.xml", utf8(withDoctype(invoice,
                        "<!DOCTYPE Invoice SYSTEM \"" + baitUrl + "\">", "")), "DOCTYPE"),
                new Hostile(way, folder, prefix + "parameter-entity.xml", utf8(withDoctype(invoice,
                        "<!DOCTYPE Invoice [<!ENTITY % remote SYSTEM \"" + baitUrl + "\"> %remote;]>", "")),
                        "DOCTYPE"),
                new Hostile(way, folder, prefix + "billion-laughs.xml", utf8(billionLaughs()), "DOCTYPE"),
                new Hostile(way, folder, prefix + "truncated.xml", utf8(invoice.substring(0, invoice.length() / 2)),
                        ""),
                new Hostile(way, folder, prefix + "binary.xml", random(4096, 7), ""),
                new Hostile(way, folder, prefix + "zip-in-disguise.xml", zip("invoice.xml", utf8(invoice)), ""),
                new Hostile(way, folder, prefix + "wrong-charset.xml", invoice.replace("Snippet", "Caf\u00e9")
                        .getBytes(CP1252), ""),
                new Hostile(way, folder, prefix + "bom-then-garbage.xml", concat(BOM, utf8("this is no XML")), ""),
                new Hostile(way, folder, prefix + "not-ubl.xml", utf8("<html><body>hello</body></html>"), ""),
                new Hostile(way, folder, prefix + "long-name-element.xml", utf8("<" + "a".repeat(2_000_000) + "/>"),
                        ""),
                new Hostile(way, folder, prefix + "deep-nesting.xml", utf8("<a>".repeat(50_000)
                        + "</a>".repeat(50_000)), ""));
    }

    private static List<Hostile> csv() {
        String header = "Factuur;Datum;Vervaldag;Bedrag;Klant;BTW;E-mail;Termijn\n";
        return List.of(
                new Hostile(Way.FOLDER, "north/csv", "formula.csv", (header
                        + "=1+1;01/05/2024;;=SUM(A1);=cmd|' /C calc'!A0;;;\n"
                        + "@SUM(1);02/05/2024;;+1;-2+3;;;\n").getBytes(CP1252), "not an amount"),
                new Hostile(Way.FOLDER, "north/csv", "long-line.csv", (header + "N-1;01/05/2024;;"
                        + "9".repeat(3_000_000) + ";X;;;\n").getBytes(CP1252), ""),
                new Hostile(Way.FOLDER, "south/csv", "wrong-charset.csv", "S-90,2024-05-01,1.00,EUR,Caf\u00e9,,\n"
                        .getBytes(CP1252), "not valid UTF-8"),
                new Hostile(Way.FOLDER, "north/csv", "utf16.csv", (header + "N-91;01/05/2024;;1,00;X;;;\n")
                        .getBytes(StandardCharsets.UTF_16), ""),
                new Hostile(Way.FOLDER, "north/csv", "binary.csv", random(4096, 11), ""),
                new Hostile(Way.FOLDER, "north/csv", "empty.csv", new byte[0], ""),
                new Hostile(Way.FOLDER, "north/csv", "header-only.csv", header.getBytes(CP1252), ""),
                new Hostile(Way.FOLDER, "north/csv", "zip-in-disguise.csv", zip("export.csv", header.getBytes(CP1252)),
                        ""),
                new Hostile(Way.FOLDER, "north/csv", "open-quote.csv", (header + "\"N-92;01/05/2024;;1,00;X;;;\n")
                        .getBytes(CP1252), ""),
                new Hostile(Way.FOLDER, "north/csv", "comma-separated.csv", header.replace(';', ',')
                        .concat("N-93,01/05/2024,,1.00,X,,,\n").getBytes(CP1252), ""),
                new Hostile(Way.FOLDER, "south/csv", "xml-as-csv.csv", utf8(invoice("HOSTILE-2")), ""),
                new Hostile(Way.FOLDER, "south/csv", "nul-bytes.csv", utf8("S-94,2024-05-01,1\u0000.00,EUR,X,,\n"),
                        ""),
                new Hostile(Way.HTTP, "north/http", "h-formula.csv", (header
                        + "=HYPERLINK(\"http://x\");01/05/2024;;abc;=1;;;\n").getBytes(CP1252), "not an amount"),
                new Hostile(Way.SFTP, "north/csv", "s-gzip-in-disguise.csv", gzip(header.getBytes(CP1252)), ""));
    }

    private static List<Hostile> coda() {
        List<String> lines = CodaFixtures.sampleLines("acsone-pycoda_Coda_v2_3_single_statement.txt");
        String good = String.join("\n", lines) + "\n";
        List<String> noTrailer = lines.subList(0, lines.size() - 1);
        List<String> cut = new ArrayList<>(lines);
        cut.set(2, cut.get(2).substring(0, 60));
        List<String> badAmount = new ArrayList<>(lines);
        badAmount.set(2, badAmount.get(2).substring(0, 32) + "ABCDEFGHIJKLMNO" + badAmount.get(2).substring(47));
        List<String> unknown = new ArrayList<>(lines);
        unknown.add(2, "X" + " ".repeat(127));
        List<String> badBalance = new ArrayList<>(lines);
        badBalance.set(1, badBalance.get(1).substring(0, 42) + "?".repeat(15) + badBalance.get(1).substring(57));
        return List.of(
                bank("coda-no-trailer.cod", String.join("\n", noTrailer) + "\n"),
                bank("coda-cut-record.cod", String.join("\n", cut) + "\n"),
                bank("coda-letters-in-amount.cod", String.join("\n", badAmount) + "\n"),
                bank("coda-unknown-record.cod", String.join("\n", unknown) + "\n"),
                bank("coda-bad-old-balance.cod", String.join("\n", badBalance) + "\n"),
                bank("coda-no-header.cod", String.join("\n", lines.subList(1, lines.size())) + "\n"),
                bank("coda-header-only.cod", lines.get(0) + "\n"),
                bank("coda-truncated.cod", good.substring(0, good.length() / 2)),
                new Hostile(Way.BANK, "bank", "coda-binary.cod", random(2048, 13), ""),
                bank("coda-empty.cod", ""),
                new Hostile(Way.BANK, "bank", "coda-zip-in-disguise.cod", zip("x.cod", good.getBytes(CP1252)), ""),
                bank("coda-long-line.cod", lines.get(0) + "\n" + "1".repeat(1_000_000) + "\n"));
    }

    private static List<Hostile> camt() {
        String camt = new String(Samples.bytes("camt053/OCA-bank-statement-import_test-camt053.xml"),
                StandardCharsets.UTF_8);
        return List.of(
                bank("camt-xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY x SYSTEM "
                        + "\"file:///etc/hostname\">]>" + camt.replace("<MsgId>", "<MsgId>&x;")),
                bank("camt-billion-laughs.xml", billionLaughs()),
                bank("camt-truncated.xml", camt.substring(0, camt.length() / 2)),
                bank("camt-no-statement-id.xml", camt.replace("<Id>1234Test/1</Id>", "")
                        .replace("<LglSeqNb>2</LglSeqNb>", "")),
                bank("camt-bad-amount.xml", camt.replace(">15568.27<", ">15,568.2x<")),
                bank("camt-bad-date.xml", camt.replace("<Dt>2014-01-05</Dt>", "<Dt>05/01/2014</Dt>")),
                bank("camt-052.xml", camt.replace("camt.053.001.02", "camt.052.001.02")
                        .replace("BkToCstmrStmt", "BkToCstmrAcctRpt")),
                bank("camt-no-account.xml", camt.replaceAll("(?s)<Acct>.*?</Acct>", "")),
                new Hostile(Way.BANK, "bank", "camt-utf16.xml", camt.replace("EUR", "\u20ac")
                        .getBytes(StandardCharsets.UTF_16LE), ""),
                bank("camt-bad-indicator.xml", camt.replace("<CdtDbtInd>CRDT</CdtDbtInd>",
                        "<CdtDbtInd>MAYBE</CdtDbtInd>")));
    }

    private static Hostile bank(String name, String content) {
        return new Hostile(Way.BANK, "bank", name, content.getBytes(CP1252), "");
    }

    static String invoice(String number) {
        return new String(Samples.ubl("peppol-bis-invoice-3_base-example.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>");
    }

    private static String withDoctype(String invoice, String doctype, String reference) {
        String body = invoice.replaceFirst("<\\?xml[^>]*\\?>", "").replaceFirst("<cbc:Note>", "<cbc:Note>"
                + reference);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + body;
    }

    private static String billionLaughs() {
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return doctype.append("]><lolz>&lol9;</lolz>").toString();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] zip(String entry, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
