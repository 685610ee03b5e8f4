package be.smartcredit.hub.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The hub's own Prometheus meters per connector and flow: files received and rejected at the inbound channels,
 * letters sent and failed per outbound channel, and how long each took.
 */
@Component
public class FlowMetrics {

    /** The connector tag of bank statements, which belong to no connector. */
    public static final String BANK = "bank";

    private final MeterRegistry registry;

    FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A moment to measure a flow's latency from. */
    public long start() {
        return System.nanoTime();
    }

    /** An inbound file was taken (its claims stored, or recognised as a repeat). */
    public void received(String connector, String channel, long startedAt) {
        files("received", connector, channel).increment();
        latency("ingest", connector, channel, "received", startedAt);
    }

    /** An inbound file was refused and quarantined. */
    public void rejected(String connector, String channel) {
        files("rejected", connector, channel).increment();
    }

    /** An inbound file was refused; its latency is recorded too. */
    public void rejected(String connector, String channel, long startedAt) {
        rejected(connector, channel);
        latency("ingest", connector, channel, "rejected", startedAt);
    }

    // Limitation: letters are counted per channel, not per connector; Deliveries does not know the connector.
    /** A letter left by a channel. */
    public void sent(String channel) {
        letters("sent", channel).increment();
    }

    /** A channel provably failed to send a letter. */
    public void failed(String channel) {
        letters("failed", channel).increment();
    }

    /** How long one dispatch of an action took, by outcome. */
    public void dispatched(String outcome, long startedAt) {
        latency("dispatch", "all", "all", outcome, startedAt);
    }

    private Counter files(String outcome, String connector, String channel) {
        return Counter.builder("smartcredit.inbound.files").description("Inbound files by outcome")
                .tag("connector", tagValue(connector)).tag("channel", tagValue(channel)).tag("outcome", outcome)
                .register(registry);
    }

    private Counter letters(String outcome, String channel) {
        return Counter.builder("smartcredit.outbound.letters").description("Letters sent or failed per channel")
                .tag("channel", tagValue(channel)).tag("outcome", outcome).register(registry);
    }

    private void latency(String flow, String connector, String channel, String outcome, long startedAt) {
        Timer.builder("smartcredit.flow.latency").description("Time a flow took for one file or letter")
                .tag("flow", flow).tag("connector", tagValue(connector)).tag("channel", tagValue(channel))
                .tag("outcome", outcome).register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startedAt));
    }

    private static String tagValue(String value) {
        return value == null || value.isBlank() ? "unknown" : value.toLowerCase(java.util.Locale.ROOT);
    }
}
