package id.satupintu.complaint;

import id.satupintu.account.Actor;
import id.satupintu.taxonomy.Category;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * The agency API: reports and their workflow actions, for the signed-in account (bearer token).
 * Errors are RFC 9457 problem details: 400 bad input, 403 not for this role, 404 no such report
 * (or not this agency's), 409 not possible in the report's status.
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
class ComplaintController {

    private final Complaints complaints;

    ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    /** A page of reports; an agency account sees its own agency's only. */
    record ComplaintPage(List<ComplaintView> items, int page, int size, long totalItems, int totalPages) {
        static ComplaintPage of(Page<ComplaintView> p) {
            return new ComplaintPage(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements(), p.getTotalPages());
        }
    }

    @GetMapping
    ComplaintPage list(@AuthenticationPrincipal Actor actor,
                       @RequestParam(required = false) ComplaintStatus status,
                       @RequestParam(required = false) Category category,
                       @RequestParam(required = false) String agency,
                       @RequestParam(required = false) String region,
                       @RequestParam(required = false) String channel,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) @Size(max = 200) String q,
                       @RequestParam(required = false) Boolean overdue,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var filter = new ComplaintFilter(status, category, agency, region, channel, from, to, q, overdue);
        return ComplaintPage.of(complaints.search(filter, PageRequest.of(page, size), actor));
    }

    @GetMapping("/{trackingId}")
    ComplaintView one(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId) {
        return complaints.byTrackingId(trackingId, actor).orElseThrow(() -> new ComplaintNotFoundException(trackingId));
    }

    @GetMapping(path = "/{trackingId}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                                      @PathVariable long attachmentId) {
        return complaints.attachment(trackingId, attachmentId, actor)
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId))
                .asResponse();
    }

    record DisposeRequest(@Size(max = Complaints.MAX_AGENCY_CODE) String agencyCode, @Size(max = Complaints.MAX_NOTE) String note) {
    }

    record PostponeRequest(@NotBlank @Size(max = Complaints.MAX_NOTE) String question) {
    }

    record ReasonRequest(@NotBlank @Size(max = Complaints.MAX_NOTE) String reason) {
    }

    record RerouteRequest(@NotBlank @Size(max = Complaints.MAX_AGENCY_CODE) String agencyCode, @Size(max = Complaints.MAX_NOTE) String note) {
    }

    record RespondRequest(@NotBlank @Size(max = Complaints.MAX_RESPONSE) String response) {
    }

    record CompleteRequest(@Size(max = Complaints.MAX_NOTE) String note) {
    }

    /** Verify and dispose (disposisi); without an agency code, to the agency routing suggested. */
    @PostMapping("/{trackingId}/dispose")
    ComplaintView dispose(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                          @Valid @RequestBody(required = false) DisposeRequest body) {
        var request = body != null ? body : new DisposeRequest(null, null);
        return complaints.dispose(trackingId, actor, request.agencyCode(), request.note());
    }

    @PostMapping("/{trackingId}/postpone")
    ComplaintView postpone(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                           @Valid @RequestBody PostponeRequest body) {
        return complaints.postpone(trackingId, actor, body.question());
    }

    @PostMapping("/{trackingId}/archive")
    ComplaintView archive(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                          @Valid @RequestBody ReasonRequest body) {
        return complaints.archive(trackingId, actor, body.reason());
    }

    /** Not the agency's authority (bukan wewenang). */
    @PostMapping("/{trackingId}/decline")
    ComplaintView decline(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                          @Valid @RequestBody ReasonRequest body) {
        return complaints.decline(trackingId, actor, body.reason());
    }

    @PostMapping("/{trackingId}/reroute")
    ComplaintView reroute(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                          @Valid @RequestBody RerouteRequest body) {
        return complaints.reroute(trackingId, actor, body.agencyCode(), body.note());
    }

    /** The agency's follow-up (tindak lanjut). */
    @PostMapping("/{trackingId}/respond")
    ComplaintView respond(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                          @Valid @RequestBody RespondRequest body) {
        return complaints.respond(trackingId, actor, body.response());
    }

    @PostMapping("/{trackingId}/complete")
    ComplaintView complete(@AuthenticationPrincipal Actor actor, @PathVariable String trackingId,
                           @Valid @RequestBody(required = false) CompleteRequest body) {
        return complaints.complete(trackingId, actor, body == null ? null : body.note());
    }
}
