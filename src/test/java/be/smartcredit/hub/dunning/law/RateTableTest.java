package be.smartcredit.hub.dunning.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTableTest {

    private static final String HEADER = "kind,from,to,rate,source";

    @ParameterizedTest(name = "{0} on {1}: {2}%")
    @CsvSource({
        "COMMERCIAL, 2023-01-01, 10.5",
        "COMMERCIAL, 2023-06-30, 10.5",
        "COMMERCIAL, 2023-07-01, 12",
        "COMMERCIAL, 2024-02-29, 12.5",
        "COMMERCIAL, 2024-12-31, 12.5",
        "COMMERCIAL, 2025-03-01, 11.5",
        "COMMERCIAL, 2025-07-01, 10.5",
        "COMMERCIAL, 2026-06-30, 10.5",
        "LEGAL, 2023-05-01, 5.25",
        "LEGAL, 2024-05-01, 5.75",
        "LEGAL, 2025-05-01, 4.5",
        "LEGAL, 2026-12-31, 4.5"
    })
    void shipsThePublishedRates(RateKind kind, LocalDate day, BigDecimal rate) {
        RateTable table = RateTable.defaults();

        assertThat(table.rateOn(kind, day)).map(InterestRate::rate).hasValueSatisfying(
                found -> assertThat(found).isEqualByComparingTo(rate));
    }

    @Test
    void hasNoRateBeyondTheLastPublishedOne() {
        assertThat(RateTable.defaults().rateOn(RateKind.LEGAL, LocalDate.of(2022, 12, 31))).isEmpty();
    }

    @Test
    void readsAReplacementFileOutsideTheJar(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, """
                # a replacement with one more half year
                kind,from,to,rate,source
                COMMERCIAL,2026-01-01,2026-06-30,10.5,notice 1
                COMMERCIAL,2026-07-01,2026-12-31,9.5,notice 2, with a comma
                """);

        RateTable table = new RateTable(file);

        InterestRate rate = table.rateOn(RateKind.COMMERCIAL, LocalDate.of(2026, 8, 1)).orElseThrow();
        assertThat(rate.rate()).isEqualByComparingTo("9.5");
        assertThat(rate.source()).isEqualTo("notice 2, with a comma");
        assertThat(table.rates(RateKind.LEGAL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "missing header | COMMERCIAL,2026-01-01,2026-06-30,10.5,x | line 1: expected the header",
        "four fields | " + HEADER + "\\nCOMMERCIAL,2026-01-01,2026-06-30,10.5 | line 2: expected 5 fields",
        "unknown kind | " + HEADER + "\\nCIVIL,2026-01-01,2026-06-30,10.5,x | line 2: unknown kind 'CIVIL'",
        "bad date | " + HEADER + "\\nLEGAL,2026-13-01,2026-12-31,4.5,x | line 2: 'from' is not a date",
        "reversed period | " + HEADER + "\\nLEGAL,2026-12-31,2026-01-01,4.5,x | line 2: 'to' 2026-01-01 is before",
        "percent sign | " + HEADER + "\\nLEGAL,2026-01-01,2026-12-31,4.5%,x | line 2: 'rate' is not a number",
        "rate too high | " + HEADER + "\\nLEGAL,2026-01-01,2026-12-31,450,x | line 2: 'rate' 450 is outside",
        "no source | " + HEADER + "\\nLEGAL,2026-01-01,2026-12-31,4.5, | line 2: the source is empty",
        "no rows | # only a comment\\n" + HEADER + " | has no rates"
    })
    void refusesAMalformedFileNamingItsLine(String problem, String content, String message) {
        List<String> lines = List.of(content.split("\\\\n"));

        assertThatThrownBy(() -> RateTable.of("rates.csv", lines))
                .isInstanceOf(RateTableException.class)
                .hasMessageStartingWith("rate table rates.csv")
                .hasMessageContaining(message);
    }

    @Test
    void refusesOverlappingPeriodsOfOneKind() {
        List<String> lines = List.of(HEADER,
                "LEGAL,2025-01-01,2025-12-31,4.5,a",
                "COMMERCIAL,2025-01-01,2025-06-30,11.5,b",
                "LEGAL,2025-12-01,2026-12-31,4.5,c");

        assertThatThrownBy(() -> RateTable.of("rates.csv", lines))
                .hasMessage("rate table rates.csv, line 4: LEGAL period from 2025-12-01 overlaps the one on line 2"
                        + " (until 2025-12-31)");
    }

    @Test
    void refusesAGapBetweenPeriodsOfOneKind() {
        List<String> lines = List.of(HEADER,
                "COMMERCIAL,2025-01-01,2025-06-30,11.5,a",
                "COMMERCIAL,2025-07-02,2025-12-31,10.5,b");

        assertThatThrownBy(() -> RateTable.of("rates.csv", lines))
                .hasMessageContaining("line 3: COMMERCIAL period from 2025-07-02 leaves a gap after line 2")
                .hasMessageContaining("no rate from 2025-07-01");
    }

    @Test
    void namesTheFileThatCannotBeRead(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.csv");

        assertThatThrownBy(() -> new RateTable(missing))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("cannot be read");
    }

    @Test
    void namesTheKindAndDayItHasNoRateFor() {
        InterestBasis commercial = RateTable.defaults().basis(RateKind.COMMERCIAL);

        assertThatThrownBy(() -> commercial.periods(LocalDate.of(2026, 6, 20), LocalDate.of(2026, 7, 10)))
                .isInstanceOf(RateTableException.class)
                .hasMessageContaining("no COMMERCIAL rate for 2026-07-01")
                .hasMessageContaining("classpath:/law/interest-rates.csv");
    }

    @Test
    void namesTheDaysNoPublishedRateCoversAndLeavesThemOutOfThePublishedBasis() {
        RateTable table = RateTable.defaults();

        var gaps = table.uncovered(RateKind.COMMERCIAL, LocalDate.of(2022, 12, 30), LocalDate.of(2026, 7, 3));
        var periods = table.publishedBasis(RateKind.COMMERCIAL).periods(LocalDate.of(2026, 6, 29),
                LocalDate.of(2026, 7, 3));

        assertThat(gaps).containsExactly(new RateTable.Gap(LocalDate.of(2022, 12, 30), LocalDate.of(2022, 12, 31)),
                new RateTable.Gap(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 3)));
        assertThat(periods).singleElement().satisfies(period -> {
            assertThat(period.from()).isEqualTo(LocalDate.of(2026, 6, 29));
            assertThat(period.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        });
    }
}
