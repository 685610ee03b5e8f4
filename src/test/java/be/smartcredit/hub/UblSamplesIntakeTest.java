package be.smartcredit.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.support.HubApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every shipped UBL sample, and a few broken files among them, dropped at once: each ends as a claim
 * (with its rule failures), as a recorded duplicate of one, or in quarantine with its reason, and the
 * hub keeps taking files afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UblSamplesIntakeTest {

    private static final Path DATA = TestData.newDirectory("ubl-samples");
    private static final Path INBOX = DATA.resolve("inbox/demo/peppol");
    private static final Path QUARANTINE = DATA.resolve("quarantine/demo/peppol");

    /** Same seller and number as the Allowance example (taken first, by name), but another amount. */
    private static final String CONFLICTS_WITH_ALLOWANCE_EXAMPLE = "peppol-bis-invoice-3_base-example.xml";
    /** Same seller and number as the EN 16931 guide example 3 (taken first), but another amount. */
    private static final String CONFLICTS_WITH_GUIDE_EXAMPLE = "eInvoicing-EN16931_ubl-tc434-example3.xml";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("smartcredit.data-dir", DATA::toString);
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
    }

    @Autowired
    TestRestTemplate rest;

    @Test
    void everySampleEndsAsAClaimADuplicateOrInQuarantineWithItsReason() throws IOException {
        HubApi api = new HubApi(rest);
        List<Path> samples = Samples.folder("ubl");
        Files.createDirectories(INBOX);
        for (Path sample : samples) {
            drop(sample.getFileName().toString(), Files.readAllBytes(sample));
        }
        drop("broken.xml", "<Invoice><cbc:ID>1</Invoice>".getBytes(StandardCharsets.UTF_8));
        drop("empty.xml", new byte[0]);
        drop("doctype.xml", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<x>&e;</x>").getBytes(StandardCharsets.UTF_8));
        drop("foreign-seller.xml", Files.readString(Samples.path("ubl/peppol-bis-invoice-3_base-example.xml"))
                .replace("GB1232434", "FR99999999999").replace("9482348239847239874", "1111111111111")
                .getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(120)).until(() -> filesIn(INBOX).isEmpty());

        Set<String> claimed = api.claims().stream().map(c -> (String) c.get("sourceFile")).collect(Collectors.toSet());
        Set<String> quarantined = quarantinedNames();
        Set<String> archived = archivedNames();
        assertThat(quarantined).containsExactlyInAnyOrder("broken.xml", "empty.xml", "doctype.xml",
                "foreign-seller.xml", "ph-ubl-testfiles_UBL-Invoice-2.1-Example-Trivial.xml",
                CONFLICTS_WITH_ALLOWANCE_EXAMPLE,
                CONFLICTS_WITH_GUIDE_EXAMPLE);
        assertThat(archived).containsAll(claimed);
        assertThat(archived).hasSize(samples.size() - 3);
        assertThat(claimed).contains("peppol-bis-invoice-3_Allowance-example.xml",
                "odoo_bis3_from_BEG_testcase01_minimal_invoice.xml", "peppol-bis-invoice-3_vat-category-E.xml");

        assertThat(reason("broken.xml")).contains("broken.xml").contains("line 1");
        assertThat(reason(CONFLICTS_WITH_ALLOWANCE_EXAMPLE)).contains("'Snippet1'", "already registered with other "
                + "content", "amount 1656.25 EUR instead of 6125.00 EUR");
        assertThat(reason(CONFLICTS_WITH_GUIDE_EXAMPLE)).contains("'TOSL108'", "amount 2005.00 DKK instead of 1125.00");
        assertThat(reason("doctype.xml")).contains("DOCTYPE");
        assertThat(reason("empty.xml")).contains("empty.xml");
        assertThat(reason("foreign-seller.xml")).contains("not an accepted seller");
        assertThat(reason("ph-ubl-testfiles_UBL-Invoice-2.1-Example-Trivial.xml")).contains("names no endpoint");
        assertThat(ruleIds(api, "peppol-bis-invoice-3_vat-category-E.xml")).contains("PEPPOL-COMMON-R042");

        drop("late.xml", Files.readString(Samples.path("ubl/peppol-bis-invoice-3_base-example.xml"))
                .replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>LATE-1</cbc:ID>").getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.claims().stream()
                .anyMatch(c -> "late.xml".equals(c.get("sourceFile"))));
    }

    private List<String> ruleIds(HubApi api, String sourceFile) {
        Map<String, Object> claim = api.claims().stream().filter(c -> sourceFile.equals(c.get("sourceFile")))
                .findFirst().orElseThrow();
        return api.ruleFailures(((Number) claim.get("id")).longValue()).stream()
                .map(f -> (String) f.get("ruleId")).toList();
    }

    private static void drop(String name, byte[] content) throws IOException {
        Path partial = INBOX.resolve(name + ".part");
        Files.write(partial, content);
        Files.move(partial, INBOX.resolve(name));
    }

    private static String reason(String name) throws IOException {
        try (Stream<Path> files = Files.list(QUARANTINE)) {
            Path report = files.filter(p -> p.getFileName().toString().endsWith("-" + name + ".error.txt"))
                    .findFirst().orElseThrow();
            return Files.readString(report);
        }
    }

    private static Set<String> quarantinedNames() throws IOException {
        return TestData.files(QUARANTINE, ".xml").stream()
                .map(p -> p.getFileName().toString().replaceFirst("^\\d{8}-\\d{9}-", ""))
                .collect(Collectors.toSet());
    }

    private static Set<String> archivedNames() throws IOException {
        try (Stream<Path> files = Files.walk(INBOX.resolve(".archive"))) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString().replaceFirst("^\\d{9}-", ""))
                    .collect(Collectors.toSet());
        }
    }

    private static List<Path> filesIn(Path folder) {
        return TestData.files(folder, "");
    }
}
