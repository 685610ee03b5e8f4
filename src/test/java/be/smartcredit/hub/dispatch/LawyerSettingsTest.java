package be.smartcredit.hub.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LawyerSettingsTest {

    private static final List<String> ADDRESS = List.of("Kouter 10", "9000 Gent");

    @Test
    void refusesANamedLawyerWithoutAnEnterpriseNumberNamingTheSetting() {
        String name = "Mr. An Verbeke";

        Runnable withoutNumber = () -> new LawyerSettings(name, null, "Balie Gent", " ", ADDRESS, "+32 9 222 33 44",
                null);

        assertThatThrownBy(withoutNumber::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smartcredit.lawyer.enterprise-number");
    }

    @Test
    void namesEachMissingSettingOfANamedLawyer() {
        String missingPhone = LawyerSettings.missing("Balie Gent", "0555.444.333", ADDRESS, null);
        String missingAddress = LawyerSettings.missing("Balie Gent", "0555.444.333", List.of(), "+32 9 222 33 44");
        String missingBar = LawyerSettings.missing(null, "0555.444.333", ADDRESS, "+32 9 222 33 44");

        assertThat(missingPhone).isEqualTo("smartcredit.lawyer.phone");
        assertThat(missingAddress).isEqualTo("smartcredit.lawyer.address");
        assertThat(missingBar).isEqualTo("smartcredit.lawyer.bar");
    }

    @Test
    void startsWithoutALawyerOrWithACompleteOne() {
        LawyerSettings none = new LawyerSettings(null, null, null, null, null, null, null);
        LawyerSettings complete = new LawyerSettings("Mr. An Verbeke", null, "Balie Gent", "0555.444.333", ADDRESS,
                "+32 9 222 33 44", null);

        assertThat(none.configured()).isFalse();
        assertThat(complete.configured()).isTrue();
    }
}
