package be.smartcredit.hub.dunning.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The dated table of statutory interest rates (commercial late-payment rate and legal interest rate),
 * read from a CSV file so that a new published rate needs no code change.
 *
 * <p>The file has the header {@code kind,from,to,rate,source} and one row per period: kind
 * {@code COMMERCIAL} or {@code LEGAL}, first and last day (ISO dates, both included), the rate in
 * percent a year, and where it was published (the rest of the line, commas allowed). Blank lines and
 * lines starting with {@code #} are skipped. Periods of one kind may neither overlap nor leave a gap.
 */
public final class RateTable {

    /** Where the table shipped with the hub lives on the class path. */
    public static final String DEFAULT_RESOURCE = "/law/interest-rates.csv";

    private final String name;
    private final Map<RateKind, List<InterestRate>> rates;

    /** Reads the table from {@code file}, a copy outside the jar that replaces the default one. */
    public RateTable(Path file) {
        this(file.toString(), readLines(file));
    }

    private RateTable(String name, List<String> lines) {
        this.name = name;
        this.rates = RateTableParser.parse(name, lines);
    }

    /** The table shipped with the hub. */
    public static RateTable defaults() {
        try (InputStream in = RateTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new RateTableException("rate table " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RateTable("classpath:" + DEFAULT_RESOURCE, text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("rate table " + DEFAULT_RESOURCE + " cannot be read", e);
        }
    }

    /** A table from lines already in memory; {@code name} is used in error messages. */
    public static RateTable of(String name, List<String> lines) {
        return new RateTable(name, lines);
    }

    /** The rate of {@code kind} in force on {@code day}, if the table has one. */
    public Optional<InterestRate> rateOn(RateKind kind, LocalDate day) {
        return rates.getOrDefault(kind, List.of()).stream().filter(rate -> rate.covers(day)).findFirst();
    }

    /** Every row of {@code kind}, in date order. */
    public List<InterestRate> rates(RateKind kind) {
        return rates.getOrDefault(kind, List.of());
    }

    /** The table's rates of {@code kind} as an interest basis; asking for a day it does not cover fails. */
    public InterestBasis basis(RateKind kind) {
        return (from, to) -> periods(kind, from, to);
    }

    /**
     * The table's rates of {@code kind} as an interest basis that leaves out the days no published rate
     * covers: no interest is claimed for them, rather than a guessed rate.
     */
    public InterestBasis publishedBasis(RateKind kind) {
        return (from, to) -> rates(kind).stream()
                .filter(rate -> !rate.to().isBefore(from) && !rate.from().isAfter(to))
                .map(rate -> period(kind, rate).clip(from, to))
                .toList();
    }

    /** The runs of days from {@code from} to {@code to} (both included) that no rate of {@code kind} covers. */
    public List<Gap> uncovered(RateKind kind, LocalDate from, LocalDate to) {
        List<Gap> gaps = new ArrayList<>();
        LocalDate day = from;
        for (InterestRate rate : rates(kind)) {
            if (rate.to().isBefore(day) || day.isAfter(to)) {
                continue;
            }
            if (rate.from().isAfter(day)) {
                gaps.add(new Gap(day, min(rate.from().minusDays(1), to)));
            }
            day = rate.to().plusDays(1);
        }
        if (!day.isAfter(to)) {
            gaps.add(new Gap(day, to));
        }
        return gaps;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static RatePeriod period(RateKind kind, InterestRate rate) {
        String basis = kind.legalBasis() + ", " + rate.rate().stripTrailingZeros().toPlainString()
                + "% (" + rate.source() + ")";
        return new RatePeriod(rate.from(), rate.to(), rate.rate(), basis);
    }

    /** A run of days, both ends included, for which the table has no published rate. */
    public record Gap(LocalDate from, LocalDate to) {
    }

    private List<RatePeriod> periods(RateKind kind, LocalDate from, LocalDate to) {
        List<RatePeriod> periods = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            InterestRate rate = rateOn(kind, day).orElseThrow(missing(kind, day));
            periods.add(period(kind, rate).clip(day, to));
            day = rate.to().plusDays(1);
        }
        return periods;
    }

    private Supplier<RateTableException> missing(RateKind kind, LocalDate day) {
        return () -> new RateTableException("rate table " + name + " has no " + kind + " rate for " + day
                + ": add the published rate to the table");
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RateTableException("rate table " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the CSV lines into rows per kind, refusing anything doubtful with the file and line. */
    private static final class RateTableParser {

        private static final String HEADER = "kind,from,to,rate,source";

        static Map<RateKind, List<InterestRate>> parse(String name, List<String> lines) {
            Map<RateKind, List<Row>> rows = new EnumMap<>(RateKind.class);
            for (Row row : rows(name, lines)) {
                rows.computeIfAbsent(row.rate().kind(), kind -> new ArrayList<>()).add(row);
            }
            if (rows.isEmpty()) {
                throw new RateTableException("rate table " + name + " has no rates");
            }

            Map<RateKind, List<InterestRate>> result = new EnumMap<>(RateKind.class);
            rows.forEach((kind, list) -> result.put(kind, checkSequence(name, list)));
            return result;
        }

        private static List<Row> rows(String name, List<String> lines) {
            List<Row> rows = new ArrayList<>();
            boolean headerSeen = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (headerSeen) {
                    rows.add(parseRow(name, i + 1, line));
                } else {
                    requireHeader(name, i + 1, line);
                    headerSeen = true;
                }
            }
            return rows;
        }

        private static void requireHeader(String name, int lineNumber, String line) {
            if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                throw error(name, lineNumber, "expected the header '" + HEADER + "' but found '" + line + "'");
            }
        }

        private static Row parseRow(String name, int lineNumber, String line) {
            String[] fields = line.split(",", 5);
            if (fields.length < 5) {
                throw error(name, lineNumber, "expected 5 fields (" + HEADER + ") but found " + fields.length);
            }
            RateKind kind = kind(name, lineNumber, fields[0].strip());
            LocalDate from = date(name, lineNumber, "from", fields[1].strip());
            LocalDate to = date(name, lineNumber, "to", fields[2].strip());
            if (to.isBefore(from)) {
                throw error(name, lineNumber, "'to' " + to + " is before 'from' " + from);
            }
            BigDecimal rate = rate(name, lineNumber, fields[3].strip());
            String source = fields[4].strip();
            if (source.isEmpty()) {
                throw error(name, lineNumber, "the source is empty: say where the rate was published");
            }
            return new Row(lineNumber, new InterestRate(kind, from, to, rate, source));
        }

        private static RateKind kind(String name, int lineNumber, String value) {
            try {
                return RateKind.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw error(name, lineNumber, "unknown kind '" + value + "' (expected COMMERCIAL or LEGAL)");
            }
        }

        private static LocalDate date(String name, int lineNumber, String field, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error(name, lineNumber, "'" + field + "' is not a date (YYYY-MM-DD): '" + value + "'");
            }
        }

        private static BigDecimal rate(String name, int lineNumber, String value) {
            BigDecimal rate;
            try {
                rate = new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw error(name, lineNumber, "'rate' is not a number (percent a year, e.g. 10.5): '" + value + "'");
            }
            if (rate.signum() < 0 || rate.compareTo(Money.HUNDRED) > 0) {
                throw error(name, lineNumber, "'rate' " + value + " is outside 0 to 100 percent");
            }
            return rate;
        }

        private static List<InterestRate> checkSequence(String name, List<Row> rows) {
            rows.sort(Comparator.comparing(row -> row.rate().from()));
            for (int i = 1; i < rows.size(); i++) {
                Row before = rows.get(i - 1);
                Row row = rows.get(i);
                LocalDate expected = before.rate().to().plusDays(1);
                if (row.rate().from().isBefore(expected)) {
                    throw error(name, row.line(), row.rate().kind() + " period from " + row.rate().from()
                            + " overlaps the one on line " + before.line() + " (until " + before.rate().to() + ")");
                }
                if (row.rate().from().isAfter(expected)) {
                    throw error(name, row.line(), row.rate().kind() + " period from " + row.rate().from()
                            + " leaves a gap after line " + before.line() + " (no rate from " + expected + ")");
                }
            }
            return rows.stream().map(Row::rate).toList();
        }

        private static RateTableException error(String name, int lineNumber, String reason) {
            return new RateTableException("rate table " + name + ", line " + lineNumber + ": " + reason);
        }

        private record Row(int line, InterestRate rate) {
        }
    }
}
