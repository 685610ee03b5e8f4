package be.smartcredit.hub.payment.coda;

import be.smartcredit.hub.Samples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real sample file: it parses (or is refused, for the faulty version) with the verdict its README gives. */
class CodaSampleFilesTest {

    private final CodaParser parser = new CodaParser();

    static Stream<Path> sampleFiles() {
        return Samples.folder("coda").stream();
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void readsEverySampleOrRefusesTheFaultyVersion(Path sample) {
        String name = sample.getFileName().toString();
        byte[] content = Samples.bytes("coda/" + name);

        if (name.contains("faulty_version")) {
            assertThatThrownBy(() -> parser.parse(content, name)).isInstanceOf(CodaFormatException.class)
                    .hasMessage(name + " line 1: record 0 version code '5' is not supported (expected 2, or 1 for "
                            + "the old layout)");
            return;
        }
        CodaFile file = parser.parse(content, name);

        assertThat(file.fileName()).isEqualTo(name);
        assertThat(file.statements()).isNotEmpty()
                .allSatisfy(statement -> assertThat(statement.movements()).isNotEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "tryton-coda_CODA.txt, true",
        "noviat-apps_Ontvangen_CODA.2011-01-11-18.59.15.txt, true",
        "acsone-pycoda_Coda_foreign_account.txt, true",
        "acsone-pycoda_Coda_v2_3_globalisation.txt, true",
        "acsone-pycoda_Coda_v2_3_faulty_globalisation.txt, true",
        "acsone-pycoda_Coda_v2_3_multi_statements.txt, true",
        "acsone-pycoda_Coda_v2_3_single_statement.txt, true",
        "wimverstuyf-php-coda-parser_sample1.cod, true",
        "wimverstuyf-php-coda-parser_sample2.cod, false",
        "wimverstuyf-php-coda-parser_sample3.cod, false",
        "wimverstuyf-php-coda-parser_sample4.cod, false",
        "wimverstuyf-php-coda-parser_sample5.cod, false"})
    void balancesExactlyTheSamplesTheReadmeSaysBalance(String name, boolean balances) {
        CodaFile file = parser.parse(Samples.bytes("coda/" + name), name);

        boolean verdict = file.balances();

        assertThat(verdict).as(file.statements().toString()).isEqualTo(balances);
    }

    @ParameterizedTest
    @CsvSource({
        "tryton-coda_CODA.txt, 1, 111, 85, 2006-12-06",
        "noviat-apps_Ontvangen_CODA.2011-01-11-18.59.15.txt, 1, 9, 7, 2011-01-11",
        "acsone-pycoda_Coda_foreign_account.txt, 1, 2, 2, 2018-02-02",
        "acsone-pycoda_Coda_v2_3_globalisation.txt, 1, 5, 4, 2015-01-02",
        "acsone-pycoda_Coda_v2_3_faulty_globalisation.txt, 1, 11, 11, 2013-12-24",
        "acsone-pycoda_Coda_v2_3_multi_statements.txt, 2, 43, 41, 2009-03-05",
        "acsone-pycoda_Coda_v2_3_single_statement.txt, 1, 32, 30, 2009-03-05",
        "wimverstuyf-php-coda-parser_sample1.cod, 1, 4, 4, 2017-10-11",
        "wimverstuyf-php-coda-parser_sample2.cod, 1, 3, 2, 2017-07-03",
        "wimverstuyf-php-coda-parser_sample3.cod, 1, 3, 2, 2017-10-30",
        "wimverstuyf-php-coda-parser_sample4.cod, 1, 1, 1, 2017-10-30",
        "wimverstuyf-php-coda-parser_sample5.cod, 1, 3, 3, 2015-01-18"})
    void countsStatementsMovementsAndMovementsToMatch(String name, int statements, int movements, int toMatch,
            LocalDate creationDate) {
        CodaFile file = parser.parse(Samples.bytes("coda/" + name), name);

        assertThat(file.statements()).hasSize(statements);
        assertThat(file.statements().stream().mapToInt(statement -> statement.movements().size()).sum())
                .isEqualTo(movements);
        assertThat(file.statements().stream().mapToInt(statement -> statement.movementsToMatch().size()).sum())
                .isEqualTo(toMatch);
        assertThat(file.statements().get(0).creationDate()).isEqualTo(creationDate);
    }
}
