package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.smartcredit.hub.support.BaitServer;
import be.smartcredit.hub.support.Pdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A letter field that tries to make Saxon or FOP read a file or a URL prints as text and reads nothing. */
class LetterExternalResourcesTest {

    static LetterRenderer renderer;
    static BaitServer bait;

    @BeforeAll
    static void startTheRendererAndTheBait() throws Exception {
        renderer = new LetterRenderer();
        bait = new BaitServer();
    }

    @AfterAll
    static void stopTheBait() {
        bait.close();
    }

    @Test
    void printsMarkupInADebtorsNameAsTextAndFetchesNothing() throws Exception {
        String name = "<fo:external-graphic src=\"url(" + bait.url("name.png") + ")\"/> &xxe;";
        ReminderLetter letter = ReminderLetters.withDebtor(ReminderLetters.sample(),
                ReminderLetters.debtor(name));

        String text = Pdfs.text(renderer.render(letter)).replaceAll("\\s+", "");

        assertThat(text).contains("<fo:external-graphic").contains(bait.url("name.png")).contains("&xxe;");
        assertThat(bait.requests()).isZero();
    }

    @Test
    void refusesALogoOnAnotherHostOrOnTheFileSystem() throws Exception {
        Path secret = Files.createTempFile("letter-secret", ".png");

        assertThatThrownBy(() -> withLogo(bait.url("logo.png"))).hasMessageContaining("plain classpath location");
        assertThatThrownBy(() -> withLogo(secret.toUri().toString()))
                .hasMessageContaining("plain classpath location");
        assertThatThrownBy(() -> withLogo("../../../../etc/passwd")).hasMessageContaining("plain classpath location");

        assertThat(bait.requests()).isZero();
    }

    private static ReminderLetter withLogo(String logo) {
        ReminderLetter.Creditor c = ReminderLetters.creditor();
        return ReminderLetters.withCreditor(ReminderLetters.sample(), new ReminderLetter.Creditor(c.name(),
                c.enterpriseNumber(), c.vatNumber(), c.addressLines(), c.phone(), c.email(), c.iban(), c.bic(), logo));
    }
}
