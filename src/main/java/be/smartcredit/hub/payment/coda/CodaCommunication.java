package be.smartcredit.hub.payment.coda;

import be.smartcredit.hub.claim.StructuredCommunication;
import java.util.Optional;
import java.util.Set;

/**
 * The communication of a movement or information record, joined over its continuation records: free text, or a
 * Febelfin structured communication with its three-digit type code (101 and 102 carry a Belgian OGM).
 *
 * @param typeCode the structured communication type, such as {@code 101}; empty for free text
 * @param text the free text, or the structured data after the type code, trimmed
 * @param flag {@link CommunicationFlag#INVALID_STRUCTURED_COMMUNICATION} when a 101/102 fails the mod-97 check
 */
public record CodaCommunication(String typeCode, String text, CommunicationFlag flag) {

    private static final Set<String> OGM_TYPES = Set.of("101", "102");
    private static final int OGM_LENGTH = 12;

    public static final CodaCommunication NONE = new CodaCommunication("", "", CommunicationFlag.NONE);

    /** Reads a joined communication zone; {@code structured} is the record's communication type position. */
    static CodaCommunication read(boolean structured, String zone) {
        String typeCode = zone.substring(0, 3);
        if (!structured || typeCode.isBlank()) {
            return new CodaCommunication("", zone.strip(), CommunicationFlag.NONE);
        }
        String text = zone.substring(3).strip();
        boolean invalidOgm = OGM_TYPES.contains(typeCode) && ogm(text).isEmpty();
        return new CodaCommunication(typeCode, text,
                invalidOgm ? CommunicationFlag.INVALID_STRUCTURED_COMMUNICATION : CommunicationFlag.NONE);
    }

    public boolean isStructured() {
        return !typeCode.isEmpty();
    }

    /** The Belgian OGM of a type 101/102 communication that passes the mod-97 check. */
    public Optional<StructuredCommunication> structuredCommunication() {
        if (!OGM_TYPES.contains(typeCode)) {
            return Optional.empty();
        }
        return ogm(text);
    }

    private static Optional<StructuredCommunication> ogm(String text) {
        if (text.length() < OGM_LENGTH) {
            return Optional.empty();
        }
        return StructuredCommunication.parse(text.substring(0, OGM_LENGTH));
    }

    @Override
    public String toString() {
        return isStructured() ? typeCode + ":" + text : text;
    }
}
