package be.smartcredit.hub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What a measurement is: its name, the hub's path, the baseline, how many items and its target. */
record Spec(String measurement, String hubPath, String baseline, long items, String unit, Target target) {

    /** The row for this measurement, from the hub's probed run and the baseline's seconds (null: none). */
    Result result(double hubSeconds, Double baselineSeconds, Probe probe, String note) {
        double perSecond = items / Math.max(hubSeconds, 1e-9);
        Double ratio = baselineSeconds == null ? null : baselineSeconds / Math.max(hubSeconds, 1e-9);
        try {
            return new Result(measurement, hubPath, baseline, items, unit, hubSeconds, baselineSeconds, ratio,
                    perSecond, target.describe(unit), target.isMet(ratio, perSecond, hubSeconds, items),
                    probe.peakHeapMb(), probe.topFrames(hubSeconds), note);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double secondsSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
