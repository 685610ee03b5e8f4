package be.smartcredit.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.smartcredit.hub.support.HubProcess;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged hub killed with SIGKILL while it takes 2,000 files, good and bad mixed, from a folder inbox: after
 * the restart every good file is one claim and sits once in the archive, every bad file sits once in quarantine.
 */
class InboundCrashIT {

    private static final int FILES = 2_000;
    private static final int EVERY_NTH_IS_BAD = 10;
    // Generous: on a loaded two-core machine one start alone has taken two minutes.
    private static final Duration START = Duration.ofSeconds(300);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path data = TestData.newDirectory("inbound-crash");

    @Test
    void everyFileEndsOnceAsAClaimOrInQuarantineAcrossAHardKill() throws Exception {
        try (HubProcess hub = new HubProcess(data)) {
            hub.start();
            hub.awaitHealthy(START);
            dropFiles();
            await().atMost(Duration.ofSeconds(600)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> claimNumbers(hub).size() >= FILES / 10);
            hub.killHard();

            hub.start();
            hub.awaitHealthy(START);
            await().atMost(Duration.ofSeconds(1200)).pollInterval(Duration.ofSeconds(3))
                    .until(() -> TestData.files(inbox(), ".xml").isEmpty());

            int bad = FILES / EVERY_NTH_IS_BAD;
            Set<String> numbers = claimNumbers(hub);
            assertThat(numbers).hasSize(FILES - bad);
            assertThat(archived()).hasSize(FILES - bad).doesNotHaveDuplicates();
            assertThat(quarantined()).hasSize(bad).doesNotHaveDuplicates();
            assertThat(TestData.files(quarantine(), ".error.txt")).hasSize(bad);
        }
    }

    private void dropFiles() throws IOException {
        String template = Files.readString(Samples.path("ubl/peppol-bis-invoice-3_base-example.xml"));
        Files.createDirectories(inbox());
        for (int i = 1; i <= FILES; i++) {
            String number = String.format("MIX-%04d", i);
            String content = i % EVERY_NTH_IS_BAD == 0 ? "<Invoice><cbc:ID>" + number + "</Invoice>"
                    : template.replaceFirst("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>");
            Path partial = inbox().resolve(number + ".xml.part");
            Files.writeString(partial, content);
            Files.move(partial, inbox().resolve(number + ".xml"));
        }
    }

    private Set<String> claimNumbers(HubProcess hub) throws IOException {
        List<Map<String, Object>> claims = JSON.readValue(hub.get("/api/v1/claims?limit=5000").orElse("[]"),
                new TypeReference<>() { });
        return claims.stream().map(c -> (String) c.get("number")).filter(n -> n.startsWith("MIX-"))
                .collect(Collectors.toSet());
    }

    // The archive and quarantine names carry a time stamp before the original name, which is what counts.
    private List<String> archived() throws IOException {
        try (Stream<Path> files = Files.walk(inbox().resolve(".archive"))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .map(name -> name.substring(name.indexOf("MIX-"))).toList();
        }
    }

    private List<String> quarantined() {
        return TestData.files(quarantine(), ".xml").stream().map(p -> p.getFileName().toString())
                .map(name -> name.substring(name.indexOf("MIX-"))).toList();
    }

    private Path inbox() {
        return data.resolve("inbox/demo/peppol");
    }

    private Path quarantine() {
        return data.resolve("quarantine/demo/peppol");
    }
}
