package be.smartcredit.hub.casework;

import java.util.List;
import java.util.Optional;

/** Which mediator visits which postcodes: ranges such as {@code 9000-9999} or single codes, per mediator. */
public final class MediatorRegions {

    private final List<Mediator> mediators;

    /** Checks every range; throws naming the mediator and the range when one is not {@code from-to} digits. */
    public MediatorRegions(List<Mediator> mediators) {
        this.mediators = List.copyOf(mediators);
        for (int i = 0; i < this.mediators.size(); i++) {
            Mediator mediator = this.mediators.get(i);
            if (mediator.id() == null || mediator.id().isBlank()) {
                throw new IllegalArgumentException("smartcredit.casework.mediators[" + i + "].id is missing");
            }
            mediator.postcodes().forEach(range -> bounds(mediator, range));
        }
    }

    /** The first mediator whose ranges hold the postcode. */
    public Optional<Mediator> assign(String postcode) {
        if (postcode == null || !postcode.strip().matches("\\d{4,5}")) {
            return Optional.empty();
        }
        int code = Integer.parseInt(postcode.strip());
        return mediators.stream().filter(m -> m.postcodes().stream().anyMatch(r -> covers(m, r, code))).findFirst();
    }

    private static boolean covers(Mediator mediator, String range, int code) {
        int[] bounds = bounds(mediator, range);
        return code >= bounds[0] && code <= bounds[1];
    }

    private static int[] bounds(Mediator mediator, String range) {
        String[] parts = range.strip().split("\\s*-\\s*");
        if (parts.length > 2 || !parts[0].matches("\\d{4,5}") || !parts[parts.length - 1].matches("\\d{4,5}")) {
            throw new IllegalArgumentException("smartcredit.casework.mediators (" + mediator.id()
                    + "): postcode range '" + range + "' is not a postcode or 'from-to'");
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[parts.length - 1])};
    }

    /** A mediator: id, name and the postcode ranges visited. */
    public record Mediator(String id, String name, List<String> postcodes) {

        public Mediator {
            postcodes = postcodes == null ? List.of() : List.copyOf(postcodes);
        }
    }
}
