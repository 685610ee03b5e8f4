package be.smartcredit.hub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the results as a table (Markdown, ready for the README) and writes them with the machine as JSON. */
final class Report {

    private Report() {
    }

    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder("| measurement | items | hub s | baseline s | ratio | hub per s "
                + "| target | met | peak heap MB |\n|---|---:|---:|---:|---:|---:|---|---|---:|\n");
        for (Result row : results) {
            table.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %s | %s | %,.1f %s | %s | %s | %d |%n",
                    row.measurement(), row.items(), row.hubSeconds(),
                    row.baselineSeconds() == null ? "-" : String.format(Locale.ROOT, "%.2f", row.baselineSeconds()),
                    row.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", row.ratio()), row.hubPerSecond(),
                    row.unit(), row.target(), met(row.targetMet()), row.peakHeapMb()));
        }
        return table.toString();
    }

    static Map<String, Object> machine(Scale scale, double loadAtStart) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            machine.put("memoryMb", os.getTotalMemorySize() / (1024 * 1024));
        }
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("loadAverageAtStart", loadAtStart);
        machine.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        machine.put("scale", scale.factor());
        machine.put("finished", Instant.now().toString());
        return machine;
    }

    static void write(Path file, Map<String, Object> machine, List<Result> results) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("results", results);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
    }

    private static String met(Boolean met) {
        return met == null ? "n/a at this scale" : met ? "yes" : "**no**";
    }
}
