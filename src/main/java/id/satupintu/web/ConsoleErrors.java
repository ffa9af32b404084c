package id.satupintu.web;

import id.satupintu.account.AccountUser;
import id.satupintu.account.Actor;
import id.satupintu.complaint.ActionNotPermittedException;
import id.satupintu.complaint.ComplaintNotFoundException;
import id.satupintu.social.MentionNotFoundException;
import id.satupintu.social.MentionNotPermittedException;
import id.satupintu.api.Problems;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import java.time.ZoneId;

/**
 * Every console page knows who is looking ({@code actor}) and shows times in the workflow's zone; failures become the console's error
 * page, never the API's problem details: a report or mention that is not the viewer's is simply not found.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private final ZoneId zone;

    ConsoleErrors(@Value("${satupintu.complaint.zone:Asia/Jakarta}") ZoneId zone) {
        this.zone = zone;
    }

    /** Where the pages show times: the zone of the workflow's deadlines. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return zone;
    }

    @ModelAttribute("actor")
    Actor actor(@AuthenticationPrincipal AccountUser user) {
        return user == null ? null : user.actor();
    }

    @ExceptionHandler({ComplaintNotFoundException.class, MentionNotFoundException.class})
    ModelAndView notFound(RuntimeException e) {
        return page(HttpStatus.NOT_FOUND, "error.not-found");
    }

    @ExceptionHandler({ActionNotPermittedException.class, MentionNotPermittedException.class})
    ModelAndView forbidden(RuntimeException e) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    /** A path or form value of the wrong type: an id that is no number, a filter that is no option. */
    @ExceptionHandler
    ModelAndView mistyped(TypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, "error.bad-request");
    }

    /** A form or query Tomcat could not decode (not UTF-8, or too large). */
    @ExceptionHandler
    ModelAndView undecodable(InvalidParameterException e) {
        return page(HttpStatusCode.valueOf(Problems.undecodableParameters(e).getStatus()), "error.bad-request");
    }

    @ExceptionHandler
    ModelAndView unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException) {
            throw e; // Spring Security answers it (403, or the sign-in page).
        }
        if (e instanceof ErrorResponse framework) { // Spring MVC's own: a missing parameter, a wrong type, ...
            HttpStatusCode status = framework.getStatusCode();
            return page(status, status.value() == 404 ? "error.not-found" : "error.bad-request");
        }
        log.error("Unexpected error in the console", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    private static ModelAndView page(HttpStatusCode status, String message) {
        var page = new ModelAndView("console/error", HttpStatus.valueOf(status.value()));
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
