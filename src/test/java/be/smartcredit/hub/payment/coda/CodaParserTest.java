package be.smartcredit.hub.payment.coda;

import be.smartcredit.hub.Samples;

import static be.smartcredit.hub.payment.coda.CodaFixtures.replace;
import static be.smartcredit.hub.payment.coda.CodaFixtures.sampleLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** How the parser treats line ends, padding and encodings, and how it refuses what is not a complete CODA file. */
class CodaParserTest {

    private static final String NOVIAT = "noviat-apps_Ontvangen_CODA.2011-01-11-18.59.15.txt";
    private static final String FILE = "statement.cod";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CodaParser parser = new CodaParser();

    @Test
    void readsLfAndCrLfLineEndsAlike() {
        List<String> lines = sampleLines(NOVIAT);

        CodaFile withLf = parse(String.join("\n", lines));
        CodaFile withCrLf = parse(String.join("\r\n", lines) + "\r\n");

        assertThat(withCrLf.statements()).isEqualTo(withLf.statements());
    }

    @Test
    void padsLinesWhoseTrailingBlanksWereStripped() {
        List<String> lines = sampleLines(NOVIAT);
        List<String> stripped = lines.stream().map(String::stripTrailing).toList();

        CodaFile file = parse(String.join("\n", stripped));

        assertThat(file.statements()).isEqualTo(parse(String.join("\n", lines)).statements());
    }

    @Test
    void ignoresBlankLinesAtTheEnd() {
        String content = String.join("\r\n", sampleLines(NOVIAT)) + "\r\n\r\n   \r\n";

        CodaFile file = parse(content);

        assertThat(file.statements()).hasSize(1);
    }

    @Test
    void decodesWindows1252() {
        List<String> lines = withLine(sampleLines(NOVIAT), 1, line -> replace(line, 65, "CAFÉ NOËL €"));

        CodaFile file = parse(String.join("\n", lines));

        assertThat(file.statements().get(0).holderName()).isEqualTo("CAFÉ NOËL €");
    }

    @Test
    void readsVersionOneWhereTheLayoutIsTheSame() {
        List<String> lines = withLine(sampleLines("tryton-coda_CODA.txt"), 0, line -> replace(line, 128, "1"));

        CodaStatement statement = parse(String.join("\n", lines)).statements().get(0);

        assertThat(statement.account()).isEqualTo("435000000080");
        assertThat(statement.movements()).hasSize(111);
        assertThat(statement.balanceCheck().isOk()).isTrue();
    }

    @Test
    void refusesTheFaultyVersionSample() {
        byte[] content = Samples.bytes("coda/acsone-pycoda_Coda_faulty_version.txt");

        assertThatThrownBy(() -> parser.parse(content, "faulty.cod")).isInstanceOf(CodaFormatException.class)
                .hasMessageStartingWith("faulty.cod line 1: record 0 version code '5' is not supported");
    }

    @Test
    void refusesDataAfterTheTrailer() {
        List<String> lines = new ArrayList<>(sampleLines(NOVIAT));
        lines.add("THIS IS NOT CODA");

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 25: unexpected data after the trailer record 9, where only a new record 0 "
                        + "or the end of the file may follow: 'THIS IS NOT CODA'");
    }

    @Test
    void refusesAFileWithoutItsTrailer() {
        List<String> lines = sampleLines(NOVIAT).subList(0, 23);

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 23: record 8 is the last record: the file is truncated, record 9 is missing");
    }

    @Test
    void refusesAFileCutInTheMiddleOfTheMovements() {
        List<String> lines = sampleLines(NOVIAT).subList(0, 12);

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 12: record 21 is the last record: the file is truncated, records 8 and 9 "
                        + "are missing");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> parse("\r\n  \r\n")).hasMessage(FILE + " line 1: the file holds no CODA records");
    }

    @Test
    void refusesAMalformedAmount() {
        List<String> lines = withLine(sampleLines(NOVIAT), 2, line -> replace(line, 33, "00000000O435000"));

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 3: record 21 amount '00000000O435000' at position 33 is not 15 digits");
    }

    @Test
    void refusesAnAmountSignOtherThanZeroOrOne() {
        List<String> lines = withLine(sampleLines(NOVIAT), 1, line -> replace(line, 43, "-"));

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 2: record 1 amount sign '-' at position 43 is not 0 (credit) or 1 (debit)");
    }

    @Test
    void refusesAnImpossibleDate() {
        List<String> lines = withLine(sampleLines(NOVIAT), 22, line -> replace(line, 58, "310211"));

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 23: record 8 date '310211' at position 58 is not a valid DDMMYY date");
    }

    @Test
    void refusesRecordsInTheWrongOrder() {
        List<String> lines = new ArrayList<>(sampleLines(NOVIAT));
        lines.remove(1);

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 2: record 21 cannot follow record 0 (expected 1)");
    }

    @Test
    void refusesAnInformationRecordWithoutItsStart() {
        List<String> lines = new ArrayList<>(sampleLines(NOVIAT));
        lines.remove(9);

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 10: record 32 cannot follow record 23 (expected 21, 31, 4 or 8)");
    }

    @Test
    void refusesAContinuationOfAnotherMovement() {
        List<String> lines = withLine(sampleLines(NOVIAT), 3, line -> replace(line, 3, "0002"));

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 4: record 22 has sequence number 2 but continues movement 1");
    }

    @Test
    void refusesAnUnknownRecordType() {
        List<String> lines = withLine(sampleLines(NOVIAT), 2, line -> replace(line, 1, "5"));

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 3: record type '5' is unknown (expected 0, 1, 21, 22, 23, 31, 32, 33, 4, 8 "
                        + "or 9)");
    }

    @Test
    void refusesAnUnknownAccountStructure() {
        List<String> lines = withLine(sampleLines(NOVIAT), 1, line -> replace(line, 2, "7"));

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 2: record 1 account structure '7' is unknown (expected 0, 1, 2 or 3)");
    }

    @Test
    void refusesALineLongerThanARecord() {
        List<String> lines = withLine(sampleLines(NOVIAT), 4, line -> line + "XY");

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 5: record 23 is 130 characters long (a CODA record has 128)");
    }

    @Test
    void refusesABlankLineBetweenRecords() {
        List<String> lines = withLine(sampleLines(NOVIAT), 4, line -> "");

        assertThatThrownBy(() -> parse(String.join("\n", lines)))
                .hasMessage(FILE + " line 5: blank line between records");
    }

    private CodaFile parse(String content) {
        return parser.parse(content.getBytes(WINDOWS_1252), FILE);
    }

    private static List<String> withLine(List<String> lines, int index, UnaryOperator<String> edit) {
        List<String> edited = new ArrayList<>(lines);
        edited.set(index, edit.apply(edited.get(index)));
        return edited;
    }
}
