package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PayLinksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private final PayLinks links = new PayLinks("a key of at least sixteen bytes".getBytes(StandardCharsets.UTF_8),
            30);

    @Test
    void opensTheDossierOfASoundTokenUntilItsLastDay() {
        String token = links.issue(42, TODAY);

        assertThat(links.verify(token, TODAY)).contains(42L);
        assertThat(links.verify(token, TODAY.plusDays(30))).contains(42L);
    }

    @Test
    void refusesATokenPastItsLastDay() {
        String token = links.issue(42, TODAY);

        assertThat(links.verify(token, TODAY.plusDays(31))).isEmpty();
    }

    @Test
    void refusesATokenWhoseDossierOrDateWasChanged() {
        String token = links.issue(42, TODAY);
        String signature = token.substring(token.indexOf('.'));

        String otherDossier = encode("43:" + TODAY.plusDays(30)) + signature;
        String laterDay = encode("42:" + TODAY.plusDays(300)) + signature;

        assertThat(links.verify(otherDossier, TODAY)).isEmpty();
        assertThat(links.verify(laterDay, TODAY)).isEmpty();
    }

    @Test
    void refusesATokenSignedWithAnotherKeyOrMalformed() {
        PayLinks forger = new PayLinks("another key, also long enough".getBytes(StandardCharsets.UTF_8), 30);

        assertThat(links.verify(forger.issue(42, TODAY), TODAY)).isEmpty();
        assertThat(links.verify("not-a-token", TODAY)).isEmpty();
        assertThat(links.verify("a.b.c", TODAY)).isEmpty();
        assertThat(links.verify(null, TODAY)).isEmpty();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
