package id.satupintu.social;

import id.satupintu.account.Actor;
import id.satupintu.channel.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
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

import java.util.List;
import java.util.Locale;

/**
 * The social feed API (account token): the mentions of the caller's agency's accounts with their
 * triage, a mention submitted by link, and the actions "make a report" and "ignore".
 */
@RestController
@Validated
@RequestMapping(path = "/api/v1/mentions", produces = MediaType.APPLICATION_JSON_VALUE)
class MentionController {

    private final Mentions mentions;

    MentionController(Mentions mentions) {
        this.mentions = mentions;
    }

    /** A mention as the feed shows it, with the actions the caller may take on it. */
    record MentionItem(Mention mention, List<String> actions) {
        static MentionItem of(Mention m, Actor viewer) {
            return new MentionItem(m, Mentions.actions(m, viewer).stream().sorted()
                    .map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    record MentionPage(List<MentionItem> items, int page, int size, long totalItems) {
    }

    @GetMapping
    MentionPage list(@AuthenticationPrincipal Actor actor,
                     @RequestParam(required = false) MentionState state,
                     @RequestParam(required = false) TriageOutcome outcome,
                     @RequestParam(required = false) String platform,
                     @RequestParam(defaultValue = "0") @Min(0) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Mentions.Page found = mentions.list(actor, state, outcome, platform == null ? null : platform(platform), page, size);
        return new MentionPage(found.items().stream().map(m -> MentionItem.of(m, actor)).toList(), found.page(),
                found.size(), found.totalItems());
    }

    @GetMapping("/accounts")
    List<MonitoredAccount> accounts() {
        return mentions.accounts();
    }

    @GetMapping("/{id}")
    MentionItem one(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return MentionItem.of(mentions.find(id, actor).orElseThrow(() -> new MentionNotFoundException(id)), actor);
    }

    /** 201 for a new mention, 200 when the post was already in the feed. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MentionItem> submit(@AuthenticationPrincipal Actor actor, @RequestBody Mentions.Submission submission) {
        Mentions.Submitted submitted = mentions.submit(submission, actor);
        return ResponseEntity.status(submitted.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(MentionItem.of(submitted.mention(), actor));
    }

    @PostMapping("/{id}/report")
    MentionItem report(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                       @RequestBody(required = false) Mentions.Corrections corrections) {
        return MentionItem.of(mentions.report(id, actor, corrections), actor);
    }

    @PostMapping("/{id}/ignore")
    MentionItem ignore(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return MentionItem.of(mentions.ignore(id, actor), actor);
    }

    private static Channel platform(String code) {
        Channel channel = Channel.ofCode(code.equalsIgnoreCase("x") ? "twitter" : code);
        if (!MonitoredAccounts.PLATFORMS.contains(channel)) {
            throw new IllegalArgumentException("platform: twitter, instagram or facebook");
        }
        return channel;
    }
}
