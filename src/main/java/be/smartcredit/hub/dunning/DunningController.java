package be.smartcredit.hub.dunning;

import be.smartcredit.hub.platform.HubClock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final HubClock clock;

    DunningController(DunningRun run, HubClock clock) {
        this.run = run;
        this.clock = clock;
    }

    /** Runs for the hub's today, or for {@code date} when given (a catch-up run for a past day). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DunningRun.RunSummary start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date) {
        if (date != null && date.isAfter(clock.today())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "date " + date + " is after today (" + clock.today() + "): a run cannot send letters early");
        }
        return date == null ? run.runToday() : run.run(date);
    }
}
