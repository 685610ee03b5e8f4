package be.smartcredit.hub.bench;

import be.smartcredit.hub.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The buyers named in the shared UBL samples: the names and addresses the generated input varies over. */
final class SampleParties {

    private static final Pattern BUYER = Pattern.compile(
            "<cac:AccountingCustomerParty>(.*?)</cac:AccountingCustomerParty>", Pattern.DOTALL);

    private SampleParties() {
    }

    /** One buyer of a sample file. */
    record Party(String name, String street, String postcode, String city, String country) {
    }

    static List<Party> buyers() {
        List<Party> parties = new ArrayList<>();
        for (Path sample : Samples.folder("ubl")) {
            Matcher buyer = BUYER.matcher(read(sample));
            if (buyer.find()) {
                String xml = buyer.group(1);
                String name = first(xml, "RegistrationName", first(xml, "Name", null));
                if (name != null) {
                    parties.add(new Party(name, first(xml, "StreetName", "Kerkstraat 1"),
                            first(xml, "PostalZone", "1000"), first(xml, "CityName", "Brussel"),
                            first(xml, "IdentificationCode", "BE")));
                }
            }
        }
        if (parties.isEmpty()) {
            throw new IllegalStateException("no buyer found in the UBL samples");
        }
        return List.copyOf(parties);
    }

    private static String first(String xml, String element, String otherwise) {
        Matcher value = Pattern.compile("<cbc:" + element + "(?:\\s[^>]*)?>([^<]+)</cbc:" + element + ">")
                .matcher(xml);
        return value.find() ? value.group(1).strip() : otherwise;
    }

    private static String read(Path sample) {
        try {
            return Files.readString(sample, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
