package be.smartcredit.hub.dunning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks one procedure file ({@code procedures/<name>.yaml}); every mistake is reported with the
 * file and the field, and all of a file's mistakes at once.
 */
class ProcedureReader {

    private static final Set<String> PROCEDURE_FIELDS = Set.of("name", "write-off-below", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("kind", "when", "channels", "template", "debtors",
            "minimum-open", "fee", "term-days", "approval");
    private static final Set<String> WHEN_FIELDS = Set.of("days", "after");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    Procedure read(String fileName, byte[] content) {
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (IOException e) {
            throw new ProcedureDefinitionException(fileName + ": not readable YAML: " + e.getMessage(), e);
        }
        Problems problems = new Problems(fileName);
        Procedure procedure = procedure(root, fileName, problems);
        problems.throwIfAny();
        return procedure;
    }

    private Procedure procedure(JsonNode root, String fileName, Problems problems) {
        if (root == null || !root.isObject()) {
            problems.add("", "the file must be a mapping with name and steps");
            return null;
        }
        problems.unknownFields(root, PROCEDURE_FIELDS, "");
        String name = root.path("name").asText(null);
        String expected = fileName.replaceFirst("^.*/", "").replaceFirst("\\.ya?ml$", "");
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            problems.add("name", "is missing or not lower case letters, digits and dashes");
        } else if (!name.equals(expected)) {
            problems.add("name", "is '" + name + "' but the file is named '" + expected + "'");
        }
        BigDecimal writeOff = amount(root, "write-off-below", "write-off-below", problems);
        List<ProcedureStep> steps = steps(root.path("steps"), problems);
        return new Procedure(name, steps, writeOff);
    }

    private List<ProcedureStep> steps(JsonNode node, Problems problems) {
        List<ProcedureStep> steps = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problems.add("steps", "is missing or empty: a procedure has at least one step");
            return steps;
        }
        for (int i = 0; i < node.size(); i++) {
            ProcedureStep step = step(node.get(i), "steps[" + i + "]", problems);
            if (step != null) {
                checkOrder(steps, step, "steps[" + i + "]", problems);
                steps.add(step);
            }
        }
        if (!steps.isEmpty() && steps.get(0).after() == ProcedureStep.Anchor.PREVIOUS_TERM) {
            problems.add("steps[0].when.after", "the first step cannot count from a previous step's term");
        }
        return steps;
    }

    private static void checkOrder(List<ProcedureStep> before, ProcedureStep step, String at, Problems problems) {
        if (!before.isEmpty() && before.get(before.size() - 1).kind().compareTo(step.kind()) >= 0) {
            problems.add(at + ".kind", step.kind() + " comes after " + before.get(before.size() - 1).kind()
                    + ": steps appear once each, in the order " + List.of(StepKind.values()));
        }
    }

    private ProcedureStep step(JsonNode node, String at, Problems problems) {
        if (!node.isObject()) {
            problems.add(at, "a step is a mapping with kind and when");
            return null;
        }
        problems.unknownFields(node, STEP_FIELDS, at + ".");
        StepKind kind = constant(StepKind.class, node.path("kind"), at + ".kind", problems);
        JsonNode when = node.path("when");
        problems.unknownFields(when, WHEN_FIELDS, at + ".when.");
        int days = count(when, "days", at + ".when.days", problems);
        ProcedureStep.Anchor after = constant(ProcedureStep.Anchor.class, when.path("after"), at + ".when.after",
                problems);
        List<Channel> channels = channels(node.path("channels"), kind, at + ".channels", problems);
        Set<DebtorKind> debtors = debtors(node.path("debtors"), at + ".debtors", problems);
        BigDecimal minimum = amount(node, "minimum-open", at + ".minimum-open", problems);
        FeePolicy fee = fee(node.path("fee"), at + ".fee", problems);
        int termDays = node.has("term-days") ? count(node, "term-days", at + ".term-days", problems) : 0;
        boolean approval = node.path("approval").asBoolean(false);
        if (kind == null || after == null || fee == null) {
            return null;
        }
        return new ProcedureStep(kind, days, after, channels, node.path("template").asText(kind.name().toLowerCase(
                Locale.ROOT)), debtors, minimum, fee, termDays, approval);
    }

    private static List<Channel> channels(JsonNode node, StepKind kind, String at, Problems problems) {
        List<Channel> channels = new ArrayList<>();
        node.forEach(channel -> {
            Channel parsed = constant(Channel.class, channel, at, problems);
            if (parsed != null) {
                channels.add(parsed);
            }
        });
        if (kind != null && kind.isLetter() && channels.isEmpty()) {
            problems.add(at, "a letter step names at least one channel (email, post)");
        }
        return channels;
    }

    private static Set<DebtorKind> debtors(JsonNode node, String at, Problems problems) {
        if (node.isMissingNode()) {
            return EnumSet.allOf(DebtorKind.class);
        }
        Set<DebtorKind> debtors = EnumSet.noneOf(DebtorKind.class);
        node.forEach(debtor -> {
            DebtorKind parsed = constant(DebtorKind.class, debtor, at, problems);
            if (parsed != null) {
                debtors.add(parsed);
            }
        });
        return debtors;
    }

    private static FeePolicy fee(JsonNode node, String at, Problems problems) {
        if (node.isMissingNode() || "none".equals(node.asText())) {
            return FeePolicy.NONE;
        }
        if ("legal".equals(node.asText())) {
            return FeePolicy.LEGAL;
        }
        if (node.isNumber() && node.decimalValue().signum() > 0) {
            return FeePolicy.fixed(node.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP));
        }
        problems.add(at, "has '" + node.asText() + "', expected none, legal or a positive amount");
        return null;
    }

    private static int count(JsonNode parent, String field, String at, Problems problems) {
        JsonNode node = parent.path(field);
        if (!node.isInt() || node.intValue() < 0 || node.intValue() > 3650) {
            problems.add(at, "is missing or not a whole number of days from 0 to 3650");
            return 0;
        }
        return node.intValue();
    }

    private static BigDecimal amount(JsonNode parent, String field, String at, Problems problems) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() < 0) {
            problems.add(at, "has '" + node.asText() + "', expected an amount of 0 or more");
            return null;
        }
        return node.decimalValue();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String at, Problems problems) {
        String text = node.asText("").trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        problems.add(at, (node.isMissingNode() ? "is missing" : "has '" + node.asText() + "'") + ", expected one of "
                + allowed);
        return null;
    }

    /** The mistakes found in one file. */
    private static final class Problems {

        private final String fileName;
        private final List<String> found = new ArrayList<>();

        Problems(String fileName) {
            this.fileName = fileName;
        }

        void add(String field, String problem) {
            found.add("field '" + field + "' " + problem);
        }

        void unknownFields(JsonNode node, Set<String> known, String prefix) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    found.add("field '" + prefix + name + "' is not known (known: " + known + ")");
                }
            }
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ProcedureDefinitionException(fileName + ": " + String.join("; ", found));
            }
        }
    }
}
