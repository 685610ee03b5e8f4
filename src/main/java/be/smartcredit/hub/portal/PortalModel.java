package be.smartcredit.hub.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in portal user on every portal page's model, so the menu shows only what the user may open. */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    @ModelAttribute("me")
    PortalUser me(@AuthenticationPrincipal PortalUser user) {
        return user;
    }
}
