package be.smartcredit.hub.claim.inbound;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UblSampleFilesTest {

    static List<Path> samples() {
        return SampleFiles.allUbl();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void printsOutcome(Path sample) throws Exception {
        String name = sample.getFileName().toString();
        try {
            InboundClaim claim = Readers.shared().read(Files.readAllBytes(sample), name);
            String errors = claim.ruleFailures().stream().filter(RuleFailure::isError).map(RuleFailure::ruleId)
                    .distinct().collect(Collectors.joining(","));
            System.out.println("OUTCOME " + name + " peppol=" + claim.peppol() + " errors="
                    + claim.ruleFailures().stream().filter(RuleFailure::isError).count() + " [" + errors + "]"
                    + " warnings=" + claim.ruleFailures().stream().filter(f -> !f.isError()).count());
        } catch (UnreadableDocumentException e) {
            System.out.println("OUTCOME " + name + " UNREADABLE " + e.getMessage());
        }
    }
}
