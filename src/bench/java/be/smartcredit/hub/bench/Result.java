package be.smartcredit.hub.bench;

import java.util.List;

/**
 * One measured row: the hub's path and its baseline on the same input, the hub's throughput, the target and
 * whether it was met ({@code null} when the target does not apply at this scale), peak heap and top frames.
 */
public record Result(String measurement, String hubPath, String baseline, long items, String unit,
        double hubSeconds, Double baselineSeconds, Double ratio, double hubPerSecond, String target,
        Boolean targetMet, long peakHeapMb, List<String> topFrames, String note) {

    /** A measurement that could not be completed; the harness goes on with the next one. */
    static Result failed(String measurement, Exception cause) {
        return new Result(measurement, "-", "-", 0, "-", 0, null, null, 0, "-", Boolean.FALSE, 0, List.of(),
                "failed: " + cause);
    }
}
