package be.smartcredit.hub.platform;

import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.springframework.stereotype.Component;

/**
 * What headers cross the broker: a message from Artemis reaches the hub's routes with the JMS standard headers
 * only, so a foreign property (a {@code Camel...} header that steers a component, or any other name) is dropped on
 * the way in; on the way out only the JMS headers and the broker's duplicate-detection id leave.
 */
@Component("hubJmsHeaders")
public class JmsHeaders implements HeaderFilterStrategy {

    /** The header Artemis reads the duplicate-detection id from. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private static final Set<String> OUTBOUND_EXTRA = Set.of(DUPLICATE_ID);

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !isJmsStandard(headerName) && !OUTBOUND_EXTRA.contains(headerName);
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !isJmsStandard(headerName);
    }

    private static boolean isJmsStandard(String headerName) {
        return headerName != null && headerName.startsWith("JMS") && headerName.length() > 3
                && Character.isUpperCase(headerName.charAt(3));
    }
}
