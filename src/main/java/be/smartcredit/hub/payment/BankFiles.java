package be.smartcredit.hub.payment;

import be.smartcredit.hub.payment.statement.StatementFormatException;
import be.smartcredit.hub.platform.FlowMetrics;
import be.smartcredit.hub.platform.HubSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * A bank file from the bank folder: its size is checked before a byte is read, so an oversized file is quarantined
 * without filling the memory, then it is applied whole by {@link PaymentIntake}.
 */
@Component
public class BankFiles {

    private static final String CHANNEL = "folder";

    private final PaymentIntake intake;
    private final HubSettings settings;
    private final FlowMetrics metrics;

    BankFiles(PaymentIntake intake, HubSettings settings, FlowMetrics metrics) {
        this.intake = intake;
        this.settings = settings;
        this.metrics = metrics;
    }

    public PaymentIntake.FileApplied receiveFile(String path, String fileName) {
        long started = metrics.start();
        try {
            requireSize(Path.of(path), fileName);
            PaymentIntake.FileApplied applied = intake.receive(read(Path.of(path)), fileName);
            metrics.received(FlowMetrics.BANK, CHANNEL, started);
            return applied;
        } catch (RuntimeException refused) {
            metrics.rejected(FlowMetrics.BANK, CHANNEL, started);
            throw refused;
        }
    }

    private void requireSize(Path file, String fileName) {
        long limit = settings.payments().maxFileBytes();
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new StatementFormatException(fileName, "the whole file", "it has " + size
                        + " bytes, more than the limit of " + limit
                        + " (smartcredit.payments.max-file-bytes); it was not read");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot see the size of " + fileName, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }
}
