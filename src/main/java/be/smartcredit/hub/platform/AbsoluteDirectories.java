package be.smartcredit.hub.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the data and connector directories into absolute paths once, before anything reads them:
 * Camel resolves a relative path in a route against the route's own folder, not the working directory.
 */
public class AbsoluteDirectories implements EnvironmentPostProcessor {

    private static final String[] DIRECTORIES = {"smartcredit.data-dir", "smartcredit.connectors-dir"};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> absolute = new HashMap<>();
        for (String name : DIRECTORIES) {
            String value = environment.getProperty(name);
            if (value != null && !value.isBlank()) {
                absolute.put(name, Path.of(value).toAbsolutePath().normalize().toString());
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource("smartcredit-absolute-directories", absolute));
    }
}
