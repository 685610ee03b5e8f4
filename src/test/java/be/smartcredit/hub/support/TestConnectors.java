package be.smartcredit.hub.support;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

/** The test connectors copied into a test's folder, and the settings that point a hub at them. */
public final class TestConnectors {

    private TestConnectors() {
    }

    /**
     * Copies {@code src/test/resources/connectors} to {@code connectors} and registers the data directory, the
     * connectors, a fixed office-hours clock on 1 June 2024, the admin password and the `north` connector's secrets.
     */
    public static void register(DynamicPropertyRegistry registry, Path data, Path connectors, String northSftpPassword,
            String northHttpToken) throws IOException {
        FileSystemUtils.copyRecursively(Path.of("src/test/resources/connectors"), connectors);
        registry.add("smartcredit.data-dir", data::toString);
        registry.add("smartcredit.connectors-dir", connectors::toString);
        registry.add("smartcredit.clock.today", () -> "2024-06-01");
        registry.add("smartcredit.clock.time", () -> "10:00");
        registry.add("smartcredit.security.admin-password", () -> HubApi.ADMIN_PASSWORD);
        registry.add("NORTH_SFTP_PASSWORD", () -> northSftpPassword);
        registry.add("NORTH_HTTP_TOKEN", () -> northHttpToken);
    }
}
