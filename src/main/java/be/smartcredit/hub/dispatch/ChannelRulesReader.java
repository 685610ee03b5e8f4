package be.smartcredit.hub.dispatch;

import be.smartcredit.hub.connector.ConnectorDefinitionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the optional {@code connectors/<id>/dispatch.yaml}: the channels per step. A missing file gives
 * {@link ChannelRules#DEFAULT}; a wrong one stops the start with the file, the field and the reason.
 */
final class ChannelRulesReader {

    static final String FILE_NAME = "dispatch.yaml";
    private static final Set<String> STEPS = Set.of("reminder-1", "reminder-2", "formal-notice");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    ChannelRules read(Path connectorFolder) {
        Path file = connectorFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return ChannelRules.DEFAULT;
        }
        try {
            DispatchFile parsed = yaml.readValue(file.toFile(), DispatchFile.class);
            return parsed == null ? ChannelRules.DEFAULT : parsed.toRules(file);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new ConnectorDefinitionException(file + ": field '" + field + "': " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConnectorDefinitionException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The file's shape. */
    record DispatchFile(List<String> channels, String mode, Map<String, StepFile> steps,
            Boolean registeredFormalNotice, Boolean colour) {

        ChannelRules toRules(Path file) {
            List<String> problems = new ArrayList<>();
            ChannelRules.StepChannels defaults = channels == null && mode == null
                    ? ChannelRules.DEFAULT.defaults()
                    : new StepFile(channels == null ? List.of("email", "post") : channels, mode)
                            .toChannels("channels", problems);
            Map<String, ChannelRules.StepChannels> perStep = new LinkedHashMap<>();
            (steps == null ? Map.<String, StepFile>of() : steps).forEach((step, rule) -> {
                if (!STEPS.contains(step)) {
                    problems.add("field 'steps." + step + "' is not a step; expected one of " + STEPS);
                } else if (rule == null) {
                    problems.add("field 'steps." + step + "' is empty");
                } else {
                    perStep.put(step.toUpperCase(Locale.ROOT).replace('-', '_'),
                            rule.toChannels("steps." + step + ".channels", problems));
                }
            });
            if (!problems.isEmpty()) {
                throw new ConnectorDefinitionException(file + ": " + String.join("; ", problems));
            }
            return new ChannelRules(defaults, perStep, Boolean.TRUE.equals(registeredFormalNotice),
                    Boolean.TRUE.equals(colour));
        }
    }

    /** One step's channels in the file. */
    record StepFile(List<String> channels, String mode) {

        ChannelRules.StepChannels toChannels(String field, List<String> problems) {
            List<Channel> parsed = new ArrayList<>();
            if (channels == null || channels.isEmpty()) {
                problems.add("field '" + field + "' is missing or empty");
            } else {
                channels.forEach(name -> channel(name, field, problems).ifPresent(parsed::add));
            }
            ChannelRules.DeliveryMode deliveryMode = ChannelRules.DeliveryMode.FIRST;
            if (mode != null && !mode.matches("first|all")) {
                problems.add("field '" + field.replace("channels", "mode") + "' has '" + mode
                        + "', expected first or all");
            } else if (mode != null) {
                deliveryMode = ChannelRules.DeliveryMode.valueOf(mode.toUpperCase(Locale.ROOT));
            }
            return parsed.isEmpty() ? ChannelRules.DEFAULT.defaults()
                    : new ChannelRules.StepChannels(parsed, deliveryMode);
        }

        private static java.util.Optional<Channel> channel(String name, String field, List<String> problems) {
            if (name != null && name.matches("email|post|sms|whatsapp")) {
                return java.util.Optional.of(Channel.valueOf(name.toUpperCase(Locale.ROOT)));
            }
            problems.add("field '" + field + "' has '" + name + "', expected email, post, sms or whatsapp");
            return java.util.Optional.empty();
        }
    }
}
