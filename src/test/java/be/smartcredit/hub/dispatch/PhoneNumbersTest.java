package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void normalisesABelgianMobileNumberWrittenTheNationalWay() {
        String written = "0470 12 34 56";

        var normalised = PhoneNumbers.mobile(written, "BE");

        assertThat(normalised).contains("+32470123456");
    }

    @Test
    void acceptsInternationalPrefixesAndPunctuation() {
        assertThat(PhoneNumbers.mobile("0032 (0)470/12.34.56".replace("(0)", ""), "BE")).contains("+32470123456");
        assertThat(PhoneNumbers.mobile("+32-495-11-22-33", null)).contains("+32495112233");
        assertThat(PhoneNumbers.mobile("+31 6 12345678", "NL")).contains("+31612345678");
    }

    @Test
    void refusesLandlinesAndNonsenseForTextMessages() {
        assertThat(PhoneNumbers.mobile("02 555 01 23", "BE")).isEmpty();
        assertThat(PhoneNumbers.e164("02 555 01 23", "BE")).contains("+3225550123");
        assertThat(PhoneNumbers.mobile("call me", "BE")).isEmpty();
        assertThat(PhoneNumbers.mobile("", "BE")).isEmpty();
        assertThat(PhoneNumbers.mobile("0470 12", "BE")).isEmpty();
    }
}
