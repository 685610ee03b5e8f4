package be.smartcredit.hub.payment.coda;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The CODA record types this parser reads, and which of them may follow which. */
enum RecordType {

    HEADER("0"),
    OLD_BALANCE("1"),
    MOVEMENT("21"),
    MOVEMENT_CONTINUED("22"),
    MOVEMENT_COUNTERPARTY("23"),
    INFORMATION("31"),
    INFORMATION_CONTINUED("32"),
    INFORMATION_END("33"),
    FREE_COMMUNICATION("4"),
    NEW_BALANCE("8"),
    TRAILER("9");

    final String code;

    RecordType(String code) {
        this.code = code;
    }

    static RecordType of(CodaLine line) {
        String code = line.recordCode();
        for (RecordType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw line.lineError("record type '" + code + "' is unknown (expected 0, 1, 21, 22, 23, 31, 32, 33, 4, 8 "
                + "or 9)");
    }

    /** The types that may come next; record 4 may sit between movements or after record 8. */
    Set<RecordType> followers() {
        return switch (this) {
            case HEADER -> EnumSet.of(OLD_BALANCE);
            case OLD_BALANCE -> EnumSet.of(MOVEMENT, FREE_COMMUNICATION, NEW_BALANCE);
            case MOVEMENT -> afterMovement(MOVEMENT_CONTINUED, MOVEMENT_COUNTERPARTY, INFORMATION);
            case MOVEMENT_CONTINUED -> afterMovement(MOVEMENT_COUNTERPARTY, INFORMATION);
            case MOVEMENT_COUNTERPARTY, INFORMATION_END -> afterMovement(INFORMATION);
            case INFORMATION -> afterMovement(INFORMATION_CONTINUED, INFORMATION);
            case INFORMATION_CONTINUED -> afterMovement(INFORMATION_END, INFORMATION);
            case FREE_COMMUNICATION -> EnumSet.of(FREE_COMMUNICATION, MOVEMENT, NEW_BALANCE, TRAILER);
            case NEW_BALANCE -> EnumSet.of(FREE_COMMUNICATION, TRAILER);
            case TRAILER -> EnumSet.of(HEADER);
        };
    }

    /** Counted in record 9 positions 17-22: records 1, 2.x, 3.x and 8, not 0, 4 or 9. */
    boolean countedInTrailer() {
        return this != HEADER && this != FREE_COMMUNICATION && this != TRAILER;
    }

    static String describe(Set<RecordType> types) {
        String codes = types.stream().map(type -> type.code).collect(Collectors.joining(", "));
        int last = codes.lastIndexOf(", ");
        return last < 0 ? codes : codes.substring(0, last) + " or " + codes.substring(last + 2);
    }

    private static Set<RecordType> afterMovement(RecordType first, RecordType... others) {
        Set<RecordType> followers = EnumSet.of(first, others);
        followers.addAll(EnumSet.of(MOVEMENT, FREE_COMMUNICATION, NEW_BALANCE));
        return followers;
    }
}
