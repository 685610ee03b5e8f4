package be.smartcredit.hub.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import javax.xml.transform.TransformerException;
import org.junit.jupiter.api.Test;

class LetterResourcesTest {

    final ClasspathResources resources = new ClasspathResources(getClass().getClassLoader());

    @Test
    void readsFontsAndLayoutsFromTheClassPath() throws Exception {
        URI font = URI.create("classpath:/fonts/DejaVuSans.ttf");

        try (var in = resources.getResource(font)) {
            assertThat(in.readAllBytes()).hasSizeGreaterThan(100_000);
        }
        assertThat(resources.resolve("texts-nl.xml", "classpath:/xslt/letters/reminder.xsl").getSystemId())
                .isEqualTo("classpath:/xslt/letters/texts-nl.xml");
    }

    @Test
    void refusesEveryOtherScheme() {
        assertThatThrownBy(() -> resources.getResource(URI.create("file:/etc/passwd")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> resources.getResource(URI.create("http://127.0.0.1/logo.png")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> resources.resolve("https://example.org/texts.xml", "classpath:/xslt/letters/"))
                .isInstanceOf(TransformerException.class);
    }

    @Test
    void refusesToClimbOutOfTheClassPathRoot() {
        assertThatThrownBy(() -> resources.getResource(URI.create("classpath:/../../etc/passwd")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void writesNothing() {
        assertThatThrownBy(() -> resources.getOutputStream(URI.create("classpath:/fonts/x.ttf")))
                .isInstanceOf(IOException.class);
    }
}
