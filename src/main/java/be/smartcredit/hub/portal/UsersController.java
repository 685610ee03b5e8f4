package be.smartcredit.hub.portal;

import be.smartcredit.hub.connector.Connector;
import be.smartcredit.hub.connector.Connectors;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's page to list portal users, add one (a client bound to its connectors, an agent, an admin), disable or
 * enable one and give one a new password; and every user's own page to change their password.
 */
@Controller
class UsersController {

    private final PortalAccounts accounts;
    private final Connectors connectors;
    private final PortalAudit audit;

    UsersController(PortalAccounts accounts, Connectors connectors, PortalAudit audit) {
        this.accounts = accounts;
        this.connectors = connectors;
        this.audit = audit;
    }

    @GetMapping("/portal/admin/users")
    String users(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("connectors", connectors.all().stream().map(Connector::id).sorted().toList());
        model.addAttribute("roles", PortalUser.Role.values());
        return "portal/users";
    }

    @PostMapping("/portal/admin/users")
    String add(@AuthenticationPrincipal PortalUser admin, @RequestParam String username,
            @RequestParam String password, @RequestParam PortalUser.Role role,
            @RequestParam(defaultValue = "nl") String language,
            @RequestParam(required = false) String[] connector, RedirectAttributes flash) {
        List<String> bound = connector == null ? List.of() : Arrays.stream(connector)
                .filter(id -> connectors.find(id).isPresent()).toList();
        try {
            accounts.add(username, password, role, language.matches("nl|fr|en|de") ? language : "nl", bound);
            audit.general(admin.username(), null, "PORTAL_USER_ADDED", "user '" + username + "' added as " + role);
            flash.addFlashAttribute("done", "portal.action.done");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/portal/admin/users";
    }

    @PostMapping("/portal/admin/users/{username}/enabled")
    String enable(@AuthenticationPrincipal PortalUser admin, @PathVariable String username,
            @RequestParam boolean enabled, RedirectAttributes flash) {
        return change(flash, () -> {
            if (!accounts.enable(username, enabled)) {
                throw PortalDossiers.notFound("user");
            }
            audit.general(admin.username(), null, enabled ? "PORTAL_USER_ENABLED" : "PORTAL_USER_DISABLED",
                    "user '" + username + "' " + (enabled ? "enabled" : "disabled"));
        });
    }

    @PostMapping("/portal/admin/users/{username}/password")
    String setPassword(@AuthenticationPrincipal PortalUser admin, @PathVariable String username,
            @RequestParam String password, RedirectAttributes flash) {
        return change(flash, () -> {
            if (!accounts.changePassword(username, password)) {
                throw PortalDossiers.notFound("user");
            }
            audit.general(admin.username(), null, "PORTAL_PASSWORD_SET", "user '" + username + "' got a new password");
        });
    }

    @GetMapping("/portal/account")
    String account() {
        return "portal/account";
    }

    @PostMapping("/portal/account/password")
    String changeOwnPassword(@AuthenticationPrincipal PortalUser user, @RequestParam String current,
            @RequestParam String password, RedirectAttributes flash) {
        try {
            if (!accounts.hasPassword(user.username(), current)) {
                throw new IllegalArgumentException("the current password is wrong");
            }
            accounts.changePassword(user.username(), password);
            audit.general(user.username(), null, "PORTAL_PASSWORD_CHANGED", "changed their own password");
            flash.addFlashAttribute("done", "portal.action.done");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/portal/account";
    }

    private static String change(RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", "portal.action.done");
        } catch (IllegalArgumentException refused) {
            flash.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/portal/admin/users";
    }
}
