package be.smartcredit.hub.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's own answer to a refused request (a page the role may not open, a form without its CSRF token): a 403
 * with the portal's error page, so such a request never reaches the API's Basic log-in prompt.
 */
@Controller
class AccessDeniedPage {

    static final String PATH = "/portal/denied";

    @RequestMapping(PATH)
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        return "portal/error";
    }
}
