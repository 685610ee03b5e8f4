package be.smartcredit.hub.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The hub's HTTP API as an admin calls it in tests. */
public final class HubApi {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private final TestRestTemplate rest;

    public HubApi(TestRestTemplate rest) {
        this.rest = rest.withBasicAuth("admin", ADMIN_PASSWORD);
    }

    public List<Map<String, Object>> claims() {
        ResponseEntity<List<Map<String, Object>>> response = rest.exchange("/api/v1/claims", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
        if (response.getStatusCode() != HttpStatus.OK) {
            throw new AssertionError("GET /api/v1/claims answered " + response.getStatusCode());
        }
        return response.getBody();
    }

    public Optional<Map<String, Object>> claim(String number) {
        return claims().stream().filter(c -> number.equals(c.get("number"))).findFirst();
    }

    public List<Map<String, Object>> ruleFailures(long claimId) {
        return rest.exchange("/api/v1/claims/" + claimId + "/rule-failures", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    public Map<String, Object> runDunning() {
        ResponseEntity<Map<String, Object>> response = rest.exchange("/api/v1/dunning/runs", HttpMethod.POST, null,
                new ParameterizedTypeReference<>() { });
        if (response.getStatusCode() != HttpStatus.CREATED) {
            throw new AssertionError("POST /api/v1/dunning/runs answered " + response.getStatusCode());
        }
        return response.getBody();
    }
}
