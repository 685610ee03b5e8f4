package be.smartcredit.hub.casework;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the casework ({@code smartcredit.casework.*}): call attempts, the mediators and their regions,
 * the lawyer's and the bailiff's platforms, and how handovers are retried.
 */
@ConfigurationProperties("smartcredit.casework")
public record CaseworkSettings(
        @DefaultValue("3") int callAttempts,
        @DefaultValue("6") int visitsPerDay,
        @DefaultValue List<MediatorRegions.Mediator> mediators,
        @DefaultValue Partner lawyer,
        @DefaultValue Partner bailiff,
        @DefaultValue Retry handover) {

    /**
     * A partner's platform: where handovers are posted (no base URL: none is made), the Bearer token, and
     * the secret that signs its status updates (none: every update is refused).
     */
    public record Partner(String baseUrl, @DefaultValue("/handovers") String path, String token,
            String webhookSecret) {

        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }

    /** How often and how patiently a handover is posted before it becomes a dead letter. */
    public record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration backoff,
            @DefaultValue("10s") Duration timeout) {
    }
}
