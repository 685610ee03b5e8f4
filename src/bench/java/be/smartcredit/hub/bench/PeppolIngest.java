package be.smartcredit.hub.bench;

import be.smartcredit.hub.claim.InboundFiles;
import com.helger.commons.io.resource.inmemory.ReadableResourceByteArray;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation2024_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Peppol ingest: the hub reads, validates, maps and stores each invoice through {@link InboundFiles}; the baseline
 * is phive alone validating the same bytes against the same Peppol BIS 3 rules.
 */
final class PeppolIngest {

    private static final int WARM_UP = 200;
    private static final int CHUNK = 50;

    private final InboundFiles inbound;
    private final BenchInput input;
    private final IValidationExecutorSet<IValidationSourceXML> peppolInvoice;

    PeppolIngest(InboundFiles inbound, BenchInput input) {
        this.inbound = inbound;
        this.input = input;
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        PeppolValidation2024_05.init(registry);
        DVRCoordinate id = PeppolValidation2024_05.VID_OPENPEPPOL_INVOICE_UBL_V3;
        this.peppolInvoice = registry.getOfID(id);
    }

    Result run(int count, Path jfrFolder) {
        List<byte[]> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.add(input.peppolInvoice("BENCH-P" + i, 100_000 + i));
        }
        warmUp();

        // Baseline and hub take turns, a chunk each, so that the JIT, the garbage collector and the machine's other
        // load treat them alike; the recording's top frames are taken from the hub's own stacks.
        Spec spec = new Spec("Peppol ingest", "InboundFiles: parse, validate, map, store", "phive validation alone",
                count, "invoices", Target.minRatio(0.8));
        try (Probe probe = Probe.start(spec.measurement(), jfrFolder)) {
            long baselineNanos = 0;
            long hubNanos = 0;
            int errors = 0;
            long stored = 0;
            for (int first = 0; first < count; first += CHUNK) {
                int end = Math.min(count, first + CHUNK);
                long started = System.nanoTime();
                for (int i = first; i < end; i++) {
                    errors += phive(files.get(i), "bench-" + i + ".xml").getAllErrors().getErrorCount() > 0 ? 1 : 0;
                }
                baselineNanos += System.nanoTime() - started;
                started = System.nanoTime();
                for (int i = first; i < end; i++) {
                    stored += receive(files.get(i), "bench-" + i + ".xml").claimIds().size();
                }
                hubNanos += System.nanoTime() - started;
            }
            return spec.result(hubNanos / 1e9, baselineNanos / 1e9, probe, String.format(Locale.ROOT,
                    "%d claims stored; phive found errors in %d files; in turns of %d", stored, errors, CHUNK));
        }
    }

    // Saxon's compiled Schematron paths take a few hundred documents to reach their steady speed.
    private void warmUp() {
        for (int i = 0; i < WARM_UP; i++) {
            byte[] file = input.peppolInvoice("WARM-P" + i, 90_000 + i);
            phive(file, "warm-" + i + ".xml");
            receive(file, "warm-" + i + ".xml");
        }
    }

    private InboundFiles.FileOutcome receive(byte[] file, String name) {
        return inbound.receive(file, name, BenchHub.CONNECTOR, InboundFiles.UBL, "bench", null, null);
    }

    private ValidationResultList phive(byte[] file, String name) {
        return ValidationExecutionManager.executeValidation(IValidityDeterminator.createDefault(), peppolInvoice,
                ValidationSourceXML.create(new ReadableResourceByteArray(name, file)), Locale.ENGLISH);
    }
}
