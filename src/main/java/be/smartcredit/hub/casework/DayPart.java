package be.smartcredit.hub.casework;

import java.time.LocalTime;

/** The parts of the day a call attempt is planned in, each well inside the legal contact hours. */
public enum DayPart {
    MORNING(LocalTime.of(9, 0), LocalTime.of(12, 0)),
    AFTERNOON(LocalTime.of(13, 30), LocalTime.of(17, 0)),
    EARLY_EVENING(LocalTime.of(18, 0), LocalTime.of(20, 30));

    private final LocalTime starts;
    private final LocalTime ends;

    DayPart(LocalTime starts, LocalTime ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public LocalTime starts() {
        return starts;
    }

    public LocalTime ends() {
        return ends;
    }
}
