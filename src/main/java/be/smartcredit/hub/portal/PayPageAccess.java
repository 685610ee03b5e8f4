package be.smartcredit.hub.portal;

import be.smartcredit.hub.document.PayLinks;
import be.smartcredit.hub.platform.HubClock;
import be.smartcredit.hub.platform.HubSettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Lets a pay-page request through only with a sound, unexpired link and within the address's rate. */
@Component
class PayPageAccess {

    private final PayLinks links;
    private final HubClock clock;
    private final RequestRate rate;

    PayPageAccess(PayLinks links, HubClock clock, HubSettings settings) {
        this.links = links;
        this.clock = clock;
        this.rate = new RequestRate(settings.portal().payRequestsPerMinute());
    }

    /** The dossier the link opens; 429 over the rate, 404 for a tampered or expired link. */
    long open(String token, HttpServletRequest request) {
        if (!rate.allow(request.getRemoteAddr(), clock.now().toInstant())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS, "too many requests; try again later");
        }
        return links.verify(token, clock.today()).orElseThrow(() -> PortalDossiers.notFound("page"));
    }
}
