package be.smartcredit.hub.casework;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What the casework route calls every few seconds: opens phone campaigns and plans visits for new tasks,
 * prepares handovers for lawyer, bailiff and court steps, and posts the handovers that are due.
 */
@Service("caseworkIntake")
@EnableConfigurationProperties(CaseworkSettings.class)
public class CaseworkIntake {

    private final Calls calls;
    private final Visits visits;
    private final Handovers handovers;

    CaseworkIntake(Calls calls, Visits visits, Handovers handovers) {
        this.calls = calls;
        this.visits = visits;
        this.handovers = handovers;
    }

    /** Takes up new tasks and sends due handovers; returns how many things it did. */
    public int takeUp() {
        return calls.openCampaigns() + visits.planVisits() + handovers.prepare() + handovers.sendDue();
    }
}
