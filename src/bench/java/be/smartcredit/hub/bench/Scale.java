package be.smartcredit.hub.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The sizes of a benchmark run, from system properties: {@code bench.scale} multiplies every size of the issue
 * (1 = 2,000 Peppol invoices, 200,000 CSV rows, 5,000 letters, 1,000,000 claims, 10,000 end-to-end invoices);
 * {@code bench.curve} lists the claim counts of the growth curve; {@code bench.skip} names measurements to leave out.
 */
record Scale(double factor, List<Long> curve, List<String> skipped) {

    static final long FULL_CLAIMS = 1_000_000;

    static Scale fromSystemProperties() {
        double factor = Double.parseDouble(System.getProperty("bench.scale", "1"));
        List<Long> curve = Arrays.stream(System.getProperty("bench.curve", "1000,10000,100000,1000000").split(","))
                .map(String::trim).map(Long::parseLong).map(size -> Math.max(10, Math.round(size * factor)))
                .distinct().toList();
        List<String> skipped = Arrays.stream(System.getProperty("bench.skip", "").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
        return new Scale(factor, curve, skipped);
    }

    int of(int fullSize) {
        return (int) Math.max(10, Math.round(fullSize * factor));
    }

    boolean runs(String measurement) {
        return !skipped.contains(measurement);
    }
}
