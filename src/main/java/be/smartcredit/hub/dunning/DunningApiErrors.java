package be.smartcredit.hub.dunning;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns a refused dossier or hold request into an answer that says why. */
@RestControllerAdvice(assignableTypes = {DossiersController.class, HoldsController.class})
class DunningApiErrors {

    @ExceptionHandler(DossierCommands.NotFound.class)
    ProblemDetail notFound(DossierCommands.NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(DossierCommands.BadRequest.class)
    ProblemDetail badRequest(DossierCommands.BadRequest e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(DossierCommands.Conflict.class)
    ProblemDetail conflict(DossierCommands.Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
