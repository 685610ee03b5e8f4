package be.smartcredit.hub.portal;

import be.smartcredit.hub.platform.HubClock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The client's dashboard: the key figures of a chosen period, as charts with the figures beside them. */
@Controller
class DashboardController {

    private final DashboardQueries queries;
    private final HubClock clock;

    DashboardController(DashboardQueries queries, HubClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping({"/portal", "/portal/"})
    String home() {
        return "redirect:/portal/dashboard";
    }

    @GetMapping("/portal/login")
    String login() {
        return "portal/login";
    }

    @GetMapping("/portal/dashboard")
    String dashboard(@AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate last = to == null ? clock.today() : to;
        LocalDate first = from == null || from.isAfter(last) ? last.withDayOfYear(1) : from;

        DashboardFigures.Figures figures = DashboardFigures.compute(queries.aggregates(user, first, last), first,
                last);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("figures", figures);
        return "portal/dashboard";
    }
}
