package be.smartcredit.hub.connector;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Where the hub's own SFTP inbox listens ({@code smartcredit.sftp.*}); port 0 takes any free port. */
@Validated
@ConfigurationProperties("smartcredit.sftp")
public record SftpInboxSettings(
        @DefaultValue("true") boolean enabled,
        @NotBlank @DefaultValue("127.0.0.1") String host,
        @Min(0) @Max(65535) @DefaultValue("2222") int port) {
}
