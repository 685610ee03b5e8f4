package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterLanguagesTest {

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nl    | NL
            FR    | FR
            de    | DE
            en    | EN
            nl-BE | NL
            fr_BE | FR
            DE-be | DE
            ' en '| EN
            """)
    void takesTheLanguageOnTheDebtorsRecordFirst(String recordLanguage, LetterLanguage expected) {
        LetterLanguage language = LetterLanguages.forDebtor(recordLanguage, "BE", "4700", LetterLanguage.NL);

        assertThat(language).isEqualTo(expected);
    }

    @ParameterizedTest(name = "postcode {0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1300 | FR
            1348 | FR
            1499 | FR
            1500 | NL
            1640 | NL
            1999 | NL
            2000 | NL
            2999 | NL
            3000 | NL
            3499 | NL
            3500 | NL
            3790 | NL
            3999 | NL
            4000 | FR
            4699 | FR
            4700 | DE
            4710 | DE
            4720 | DE
            4730 | DE
            4750 | DE
            4760 | DE
            4770 | DE
            4780 | DE
            4790 | DE
            4799 | DE
            4800 | FR
            4950 | FR
            4960 | FR
            4999 | FR
            5000 | FR
            5999 | FR
            6000 | FR
            6599 | FR
            6600 | FR
            6999 | FR
            7000 | FR
            7780 | FR
            7999 | FR
            8000 | NL
            8999 | NL
            9000 | NL
            9999 | NL
            B-9000 | NL
            ' 4780 ' | DE
            """)
    void takesTheRegionsLanguageFromABelgianPostcode(String postcode, LetterLanguage expected) {
        LetterLanguage language = LetterLanguages.forDebtor(null, "BE", postcode, LetterLanguage.EN);

        assertThat(language).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Brussels {0}")
    @CsvSource({"1000", "1050", "1180", "1299"})
    void leavesBrusselsToTheConnectorsDefault(String postcode) {
        assertThat(LetterLanguages.forDebtor(null, "BE", postcode, LetterLanguage.FR)).isEqualTo(LetterLanguage.FR);
        assertThat(LetterLanguages.forDebtor(null, "BE", postcode, LetterLanguage.NL)).isEqualTo(LetterLanguage.NL);
    }

    @ParameterizedTest(name = "postcode ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            0999
            999
            10000
            12a4
            1012 AB
            """)
    void fallsBackToTheConnectorsDefaultForWhatIsNoBelgianPostcode(String postcode) {
        assertThat(LetterLanguages.forDebtor(null, "BE", postcode, LetterLanguage.DE)).isEqualTo(LetterLanguage.DE);
    }

    @Test
    void fallsBackToTheConnectorsDefaultWhenNothingIsKnown() {
        assertThat(LetterLanguages.forDebtor(null, null, null, LetterLanguage.FR)).isEqualTo(LetterLanguage.FR);
    }

    @Test
    void readsNoBelgianRegionIntoAForeignPostcode() {
        LetterLanguage language = LetterLanguages.forDebtor(null, "NL", "9000", LetterLanguage.FR);

        assertThat(language).isEqualTo(LetterLanguage.FR);
    }

    @Test
    void takesAnAddressWithoutCountryAsBelgian() {
        assertThat(LetterLanguages.forDebtor(null, "", "4700", LetterLanguage.NL)).isEqualTo(LetterLanguage.DE);
        assertThat(LetterLanguages.forDebtor(null, null, "5000", LetterLanguage.NL)).isEqualTo(LetterLanguage.FR);
    }

    @Test
    void ignoresARecordLanguageTheHubDoesNotWriteIn() {
        assertThat(LetterLanguages.forDebtor("it", "BE", "8000", LetterLanguage.FR)).isEqualTo(LetterLanguage.NL);
        assertThat(LetterLanguages.forDebtor("  ", "be", "6000", LetterLanguage.NL)).isEqualTo(LetterLanguage.FR);
    }

    @Test
    void needsAConnectorDefault() {
        assertThatThrownBy(() -> LetterLanguages.forDebtor("nl", "BE", "9000", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
