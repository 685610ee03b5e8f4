package be.smartcredit.hub.dunning;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Starts a dunning run on demand (admin only, like the whole API). */
@RestController
@RequestMapping("/api/v1/dunning/runs")
class DunningController {

    private final DunningRun run;

    DunningController(DunningRun run) {
        this.run = run;
    }

    /**
     * Runs for the hub's today. There is deliberately no run for another day: letters are dated and their
     * terms counted from the day they are sent, so a run "for" a past day would plan the next step from a
     * date no letter carries. To act as on another day, set {@code smartcredit.clock.today}.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DunningRun.RunSummary start(@RequestParam Map<String, String> parameters) {
        if (!parameters.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a run takes no parameters, got "
                    + parameters.keySet() + "; it always runs for the hub's today (set smartcredit.clock.today "
                    + "to act as on another day)");
        }
        return run.runToday();
    }
}
