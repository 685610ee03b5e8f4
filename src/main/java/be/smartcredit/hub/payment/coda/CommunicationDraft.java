package be.smartcredit.hub.payment.coda;

/** A communication being read: its first zone and the continuation zones appended as they come. */
final class CommunicationDraft {

    private final boolean structured;
    private final StringBuilder zone;

    CommunicationDraft(boolean structured, String firstZone) {
        this.structured = structured;
        this.zone = new StringBuilder(firstZone);
    }

    /** Appends without trimming: banks cut words across records, so the blanks at the end are part of the text. */
    void append(String continuation) {
        zone.append(continuation);
    }

    CodaCommunication toCommunication() {
        return CodaCommunication.read(structured, zone.toString());
    }
}
