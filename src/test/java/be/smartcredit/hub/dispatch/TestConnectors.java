package be.smartcredit.hub.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A connectors folder for dispatch tests: the shipped demo plus a French agency-mode client and one that texts. */
final class TestConnectors {

    private TestConnectors() {
    }

    static String write(Path folder) {
        try {
            copy(Path.of("connectors/demo"), Files.createDirectories(folder.resolve("demo")));
            client(folder, "agency-fr", "Client Français SA", "fr", "agency", """
                    channels: [email, post]
                    mode: first
                    """);
            client(folder, "texts", "Texting Client BV", "nl", "silent", """
                    channels: [sms, whatsapp]
                    mode: all
                    """);
            return folder.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String file : new String[] {"connector.yaml", "dispatch.yaml"}) {
            Files.copy(from.resolve(file), to.resolve(file));
        }
    }

    private static void client(Path folder, String id, String name, String language, String mode, String dispatch)
            throws IOException {
        Path client = Files.createDirectories(folder.resolve(id));
        Files.writeString(client.resolve("connector.yaml"), """
                id: %s
                name: %s
                enterprise-number: "0765.432.146"
                vat-id: BE0765432146
                address:
                  street: Kunstlaan 56
                  postcode: "1000"
                  city: Brussel
                  country-code: BE
                phone: "+32 2 555 01 23"
                email: invoices@%s.example
                iban: BE07363001234566
                bic: BBRUBEBB
                mode: %s
                language: %s
                accepted-sellers: ["seller:%s"]
                """.formatted(id, name, id, mode, language, id));
        Files.writeString(client.resolve("dispatch.yaml"), dispatch);
    }
}
