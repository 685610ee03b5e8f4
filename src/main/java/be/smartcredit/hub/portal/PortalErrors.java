package be.smartcredit.hub.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** Portal and pay-page errors as a page of their own, with the status kept (404 for what the user may not see). */
@ControllerAdvice(assignableTypes = {DashboardController.class, DossierPagesController.class,
        UploadController.class, ExportController.class, PayPageController.class, UsersController.class,
        AgentPagesController.class, ConnectorPagesController.class, PayAssistantController.class,
        CaseworkPagesController.class})
class PortalErrors {

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException error, HttpServletResponse response, Model model) {
        response.setStatus(error.getStatusCode().value());
        model.addAttribute("status", error.getStatusCode().value());
        return "portal/error";
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            BindException.class})
    String badRequest(Exception error, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        return "portal/error";
    }
}
