package be.smartcredit.hub.bench;

import be.smartcredit.hub.SmartCreditHub;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub as the benchmark starts it: the whole Spring application (embedded PostgreSQL and Artemis, the demo
 * connector) on a fresh data directory, with its logs in a file, and the letter dispatcher and outbox relay
 * stopped so that measured work is not mixed with background work.
 */
final class BenchHub {

    static final String CONNECTOR = "demo";

    private BenchHub() {
    }

    static ConfigurableApplicationContext start(Path dataDir, Path logFile, String today) throws Exception {
        Map<String, Object> settings = Map.of(
                "smartcredit.data-dir", dataDir.toAbsolutePath().toString(),
                "smartcredit.connectors-dir", Path.of("connectors").toAbsolutePath().toString(),
                "smartcredit.clock.today", today,
                "smartcredit.sftp.enabled", "false",
                "smartcredit.security.admin-password", "bench-only-password",
                "smartcredit.dunning.cron", "0 0 6 1 1 ? 2099",
                "server.port", "0",
                "logging.file.name", logFile.toAbsolutePath().toString(),
                "logging.threshold.console", "WARN");
        // As arguments, so that they win over application.yml (builder properties are only defaults).
        String[] arguments = settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext hub = new SpringApplicationBuilder(SmartCreditHub.class).run(arguments);
        CamelContext camel = hub.getBean(CamelContext.class);
        camel.getRouteController().stopRoute("dispatch.letters");
        camel.getRouteController().stopRoute("dunning.outbox.relay");
        return hub;
    }
}
