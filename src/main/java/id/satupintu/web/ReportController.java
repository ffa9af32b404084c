package id.satupintu.web;

import id.satupintu.account.Actor;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.channel.Address;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Transcript;
import id.satupintu.complaint.ComplaintNotFoundException;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.TransitionRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One report: everything the viewer may see of it, and a form for each action they may take
 * now. The workflow decides both; a report that is not the viewer's is not found.
 */
@Controller
@RequestMapping("/console/reports/{trackingId}")
class ReportController {

    static final int TRANSCRIPT_LIMIT = 200;

    private final Complaints complaints;
    private final AgencyDirectory directory;
    private final Transcript transcript;
    private final RegionNames places;
    private final ZoneId zone;

    ReportController(Complaints complaints, AgencyDirectory directory, Transcript transcript, RegionNames places,
                     @Value("${satupintu.complaint.zone:Asia/Jakarta}") ZoneId zone) {
        this.complaints = complaints;
        this.directory = directory;
        this.transcript = transcript;
        this.places = places;
        this.zone = zone;
    }

    @GetMapping
    String report(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId, Model model) {
        ComplaintView view = complaints.byTrackingId(trackingId, actor)
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId));
        model.addAttribute("report", view);
        model.addAttribute("row", ReportRow.of(view, LocalDate.now(zone)));
        model.addAttribute("region", places.describe(view.regionCode()));
        model.addAttribute("transcript", transcriptOf(view));
        model.addAttribute("agencies", directory.all().stream().filter(a -> !a.isAdministrator()).toList());
        return "console/report";
    }

    /**
     * The conversation the report came from. An anonymous reporter's messages would name them,
     * so whoever may not know the reporter does not see it.
     */
    private List<Transcript.Entry> transcriptOf(ComplaintView view) {
        String address = view.reporter().address();
        if (view.reporter().hidden() || address == null || address.isBlank()
                || Arrays.stream(Channel.values()).noneMatch(c -> c.code().equals(view.originChannel()))) {
            return List.of();
        }
        return transcript.read(new Address(Channel.ofCode(view.originChannel()), address), 0, TRANSCRIPT_LIMIT).entries();
    }

    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                                      @PathVariable long attachmentId) {
        return complaints.attachment(trackingId, attachmentId, actor)
                .orElseThrow(() -> new ComplaintNotFoundException(trackingId))
                .asResponse();
    }

    @PostMapping("/dispose")
    String dispose(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                   @RequestParam(required = false) String agencyCode, @RequestParam(required = false) String note,
                   RedirectAttributes flash) {
        return act(trackingId, flash, "flash.disposed", () -> complaints.dispose(trackingId, actor, Forms.blankToNull(agencyCode), note));
    }

    @PostMapping("/postpone")
    String postpone(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                    @RequestParam(required = false) String question, RedirectAttributes flash) {
        return act(trackingId, flash, "flash.postponed", () -> complaints.postpone(trackingId, actor, question));
    }

    @PostMapping("/archive")
    String archive(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                   @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return act(trackingId, flash, "flash.archived", () -> complaints.archive(trackingId, actor, reason));
    }

    @PostMapping("/reroute")
    String reroute(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                   @RequestParam(required = false) String agencyCode, @RequestParam(required = false) String note,
                   RedirectAttributes flash) {
        return act(trackingId, flash, "flash.rerouted", () -> complaints.reroute(trackingId, actor, Forms.blankToNull(agencyCode), note));
    }

    @PostMapping("/decline")
    String decline(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                   @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return act(trackingId, flash, "flash.declined", () -> complaints.decline(trackingId, actor, reason));
    }

    @PostMapping("/respond")
    String respond(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                   @RequestParam(required = false) String response, RedirectAttributes flash) {
        return act(trackingId, flash, "flash.responded", () -> complaints.respond(trackingId, actor, response));
    }

    @PostMapping("/complete")
    String complete(@ModelAttribute("actor") Actor actor, @PathVariable String trackingId,
                    @RequestParam(required = false) String note, RedirectAttributes flash) {
        return act(trackingId, flash, "flash.completed", () -> complaints.complete(trackingId, actor, note));
    }

    /**
     * Takes the action and shows the report again with what happened. Bad input and an action the
     * status no longer allows (someone else was quicker) are shown on the page; a report that is
     * not the viewer's stays not found.
     */
    private String act(String trackingId, RedirectAttributes flash, String done, Supplier<ComplaintView> action) {
        try {
            action.get();
            flash.addFlashAttribute("flash", done);
        } catch (IllegalArgumentException | TransitionRefusedException e) {
            flash.addFlashAttribute("flash", "flash.refused");
            flash.addFlashAttribute("flashDetail", e.getMessage());
        }
        return Forms.redirectToReport(trackingId);
    }
}
