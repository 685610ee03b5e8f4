package be.smartcredit.hub.connector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a connector file, each problem naming its field, and reports them all at once. */
final class FieldChecks {

    private final Path file;
    private final Path folder;
    private final List<String> problems = new ArrayList<>();

    FieldChecks(Path file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    void require(String field, String value, String pattern) {
        if (value == null || value.isBlank()) {
            problems.add("field '" + field + "' is missing");
        } else {
            optional(field, value, pattern);
        }
    }

    void optional(String field, String value, String pattern) {
        if (value != null && !value.matches(pattern)) {
            problems.add("field '" + field + "' has '" + value + "', expected " + pattern);
        }
    }

    /** A list whose every entry is one of {@code allowed}, naming the first wrong entry by its index. */
    void oneOfEach(String field, List<String> values, List<String> allowed) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                problems.add("field '" + field + "[" + i + "]' has '" + values.get(i) + "', expected one of "
                        + allowed);
                return;
            }
        }
    }

    void positive(String field, Number value) {
        if (value != null && value.longValue() <= 0) {
            problems.add("field '" + field + "' must be more than 0, not " + value);
        }
    }

    void atLeast(String field, Integer value, int minimum) {
        if (value != null && value < minimum) {
            problems.add("field '" + field + "' must be at least " + minimum + ", not " + value);
        }
    }

    /** An IBAN whose check digits hold (ISO 13616: the rearranged number modulo 97 is 1). */
    void ibanChecksum(String field, String iban) {
        if (iban == null || !iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
            return;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.getNumericValue(c);
            remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
        }
        if (remainder != 1) {
            problems.add("field '" + field + "' has '" + iban + "', whose check digits are wrong");
        }
    }

    /** A Belgian enterprise number whose last two digits are 97 minus the first eight modulo 97. */
    void enterpriseNumberChecksum(String field, String number) {
        String digits = number == null ? "" : number.replaceAll("\\D", "");
        if (digits.length() != 10) {
            return;
        }
        long base = Long.parseLong(digits.substring(0, 8));
        if (97 - base % 97 != Long.parseLong(digits.substring(8))) {
            problems.add("field '" + field + "' has '" + number + "', whose check digits are wrong");
        }
    }

    void noBlankEntries(String field, java.util.List<String> values) {
        if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank())) {
            problems.add("field '" + field + "' has an empty entry");
        }
    }

    void problem(String text) {
        problems.add(text);
    }

    /** A file named relative to the connector folder, which must exist and stay inside the folder. */
    Path fileInFolder(String field, String relative) {
        if (relative == null || relative.isBlank()) {
            return null;
        }
        Path resolved = folder.resolve(relative).normalize();
        if (!resolved.startsWith(folder)) {
            problems.add("field '" + field + "' names '" + relative + "', which is outside the connector folder");
            return null;
        }
        if (!Files.isRegularFile(resolved)) {
            problems.add("field '" + field + "' names '" + relative + "', which is not a file in " + folder);
            return null;
        }
        return resolved;
    }

    /** A secret given as a hash in the file or as the name of an environment variable, never as plain text. */
    Connector.Secret secret(String field, String hash, String env) {
        if (hash == null && env == null) {
            return null;
        }
        optional(field + "-hash", hash, "\\{[a-z0-9-]+}.+");
        optional(field + "-env", env, "[A-Z_][A-Z0-9_]*");
        return new Connector.Secret(hash, env);
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConnectorDefinitionException(file + ": " + String.join("; ", problems));
        }
    }
}
