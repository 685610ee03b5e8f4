package be.smartcredit.hub.claim.inbound;

import be.smartcredit.hub.Samples;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads every shared UBL sample and checks the outcome shared/samples/README.md states for it. */
class UblSampleFilesTest {

    private static final Map<String, Expected> STATED_IN_README = Map.ofEntries(
            entry("peppol-bis-invoice-3_base-example.xml", Expected.validPeppol()),
            entry("peppol-bis-invoice-3_Allowance-example.xml", Expected.validPeppol()),
            entry("peppol-bis-invoice-3_national-NO_Norwegian-example-1.xml", Expected.validPeppol()),
            entry("peppol-bis-invoice-3_base-creditnote-correction.xml", Expected.validPeppol()),
            entry("peppol-bis-invoice-3_base-negative-inv-correction.xml", Expected.validPeppol()),
            entry("peppol-bis-invoice-3_vat-category-E.xml", Expected.failingPeppol("PEPPOL-COMMON-R042")),
            entry("peppol-bis-invoice-3_vat-category-Z.xml", Expected.failingPeppol("PEPPOL-COMMON-R042")),
            entry("eInvoicing-EN16931_issue116.xml", Expected.failingPeppol("PEPPOL-COMMON-R049")),
            // The README names no rule: the retired endpoint scheme 9956 is what the Peppol code list check finds.
            entry("odoo_bis3_from_BEG_testcase01_minimal_invoice.xml", Expected.failingPeppol("PEPPOL-EN16931-CL008")),
            entry("eInvoicing-EN16931_ubl-tc434-example1.xml", Expected.plainUbl()),
            entry("eInvoicing-EN16931_ubl-tc434-example2.xml", Expected.plainUbl()),
            entry("eInvoicing-EN16931_ubl-tc434-example3.xml", Expected.plainUbl()),
            entry("eInvoicing-EN16931_ubl-tc434-example4.xml", Expected.plainUbl()),
            entry("eInvoicing-EN16931_ubl-tc434-example5.xml", Expected.plainUbl()),
            entry("eInvoicing-EN16931_guide-example1.xml", Expected.plainUbl()),
            entry("eInvoicing-EN16931_guide-example3.xml", Expected.plainUbl()),
            entry("eInvoicing-EN16931_sample-discount-price.xml", Expected.plainUbl()),
            entry("ph-ubl-testfiles_UBL-Invoice-2.1-Example.xml", Expected.plainUbl()),
            entry("ph-ubl-testfiles_UBL-Invoice-2.1-Example-Trivial.xml", Expected.plainUbl()),
            entry("peppol-testfiles_atgov-t10-BIS4A-valid.xml", Expected.plainUbl()));

    static List<Path> samples() {
        return Samples.folder("ubl");
    }

    @Test
    void knowsTheStatedOutcomeOfEverySample() {
        List<String> names = samples().stream().map(sample -> sample.getFileName().toString()).toList();

        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(STATED_IN_README).containsKey(name));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsEverySampleAsTheSamplesReadmeStates(Path sample) throws Exception {
        String name = sample.getFileName().toString();
        byte[] content = Files.readAllBytes(sample);
        AtomicReference<InboundClaim> claim = new AtomicReference<>();

        Throwable thrown = catchThrowable(() -> claim.set(Readers.shared().read(content, name)));

        Expected expected = STATED_IN_README.get(name);
        if (thrown == null) {
            check(claim.get(), expected);
        } else {
            assertThat(thrown).isInstanceOf(UnreadableDocumentException.class);
            assertThat(((UnreadableDocumentException) thrown).reason()).isNotBlank();
            assertThat(expected.peppol()).as("a Peppol sample must be readable: %s", thrown.getMessage()).isFalse();
        }
    }

    private static void check(InboundClaim claim, Expected expected) {
        assertThat(claim.peppol()).isEqualTo(expected.peppol());
        if (expected.peppol() && expected.ruleId() == null) {
            assertThat(claim.ruleFailures()).noneMatch(RuleFailure::isError);
        }
        if (expected.ruleId() != null) {
            assertThat(claim.ruleFailures()).filteredOn(RuleFailure::isError)
                    .extracting(RuleFailure::ruleId).contains(expected.ruleId());
        }
    }

    private record Expected(boolean peppol, String ruleId) {

        static Expected validPeppol() {
            return new Expected(true, null);
        }

        static Expected failingPeppol(String ruleId) {
            return new Expected(true, ruleId);
        }

        static Expected plainUbl() {
            return new Expected(false, null);
        }
    }
}
