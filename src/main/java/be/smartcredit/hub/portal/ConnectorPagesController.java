package be.smartcredit.hub.portal;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import be.smartcredit.hub.dispatch.ChannelRules;
import be.smartcredit.hub.dispatch.ConnectorChannels;
import be.smartcredit.hub.dunning.Procedure;
import be.smartcredit.hub.dunning.ProcedureStep;
import be.smartcredit.hub.dunning.Procedures;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The connector view: for each client the user may see, the procedure in force with its steps, the channels each
 * step leaves by and the mode (silent or agency). Another client's connector is answered as not found.
 */
@Controller
class ConnectorPagesController {

    private final Connectors connectors;
    private final Procedures procedures;
    private final ConnectorChannels channels;

    ConnectorPagesController(Connectors connectors, Procedures procedures, ConnectorChannels channels) {
        this.connectors = connectors;
        this.procedures = procedures;
        this.channels = channels;
    }

    @GetMapping("/portal/connectors")
    String list(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("connectors", connectors.all().stream().filter(c -> user.sees(c.id()))
                .sorted(Comparator.comparing(Connector::id)).toList());
        return "portal/connectors";
    }

    @GetMapping("/portal/connectors/{id}")
    String connector(@AuthenticationPrincipal PortalUser user, @PathVariable String id, Model model) {
        Connector connector = connectors.find(id).filter(c -> user.sees(c.id()))
                .orElseThrow(() -> PortalDossiers.notFound("connector"));
        Procedure procedure = procedures.get(procedures.nameFor(connector));
        ChannelRules rules = channels.of(connector.id());

        model.addAttribute("connector", connector);
        model.addAttribute("procedure", procedure);
        model.addAttribute("steps", procedure.steps().stream().map(step -> StepLine.of(step, rules)).toList());
        model.addAttribute("rules", rules);
        return "portal/connector";
    }

    /** One step of the procedure in force and the channels it leaves by. */
    record StepLine(String kind, int days, String after, String debtors, String fee, int termDays,
            boolean approval, List<String> channels, String mode) {

        static StepLine of(ProcedureStep step, ChannelRules rules) {
            ChannelRules.StepChannels leaves = rules.forStep(step.kind().name());
            return new StepLine(step.kind().name(), step.days(), step.after().name(),
                    step.debtors().stream().map(Enum::name).sorted().toList().toString(), fee(step),
                    step.termDays(), step.needsApproval(), leaves.channels().stream().map(Enum::name).toList(),
                    leaves.mode().name());
        }

        private static String fee(ProcedureStep step) {
            return step.fee().amount() == null ? step.fee().kind().name() : step.fee().amount().toPlainString();
        }
    }
}
