package id.satupintu.web;

import id.satupintu.account.Actor;
import id.satupintu.agency.Agency;
import id.satupintu.agency.AgencyDirectory;
import id.satupintu.channel.Channel;
import id.satupintu.social.Mention;
import id.satupintu.social.MentionRefusedException;
import id.satupintu.social.Mentions;
import id.satupintu.social.MonitoredAccount;
import id.satupintu.social.MonitoredAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The social feed: the mentions of the monitored accounts the viewer may see, newest first, with
 * their triage, "make a report" and "ignore" where the viewer may act; and the registry of the
 * monitored accounts. Who sees and does what is the social module's to decide.
 */
@Controller
@RequestMapping("/console/mentions")
class MentionFeedController {

    static final int PAGE_SIZE = 25;

    /** The feed's filters, as the form sends them (and the action forms carry them back). */
    record Filter(Channel platform, FeedOutcome outcome) {
    }

    /** A monitored account in the registry's table; {@code own} when it is the viewer's agency's. */
    record AccountRow(MonitoredAccount account, String agencyName, boolean own) {
    }

    private final Mentions mentions;
    private final AgencyDirectory directory;

    MentionFeedController(Mentions mentions, AgencyDirectory directory) {
        this.mentions = mentions;
        this.directory = directory;
    }

    @GetMapping
    String feed(@ModelAttribute("actor") Actor actor, @ModelAttribute("filter") Filter filter,
                @RequestParam(defaultValue = "0") int page, Model model) {
        FeedOutcome outcome = filter.outcome();
        Mentions.Page found = mentions.list(actor, outcome == null ? null : outcome.state, outcome == null ? null : outcome.triage,
                filter.platform(), Math.max(page, 0), PAGE_SIZE);
        List<MonitoredAccount> accounts = mentions.accounts();
        model.addAttribute("rows", found.items().stream().map(m -> row(m, actor, accounts)).toList());
        model.addAttribute("page", found.page());
        model.addAttribute("pages", Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("total", found.totalItems());
        model.addAttribute("platforms", MonitoredAccounts.PLATFORMS);
        model.addAttribute("outcomes", FeedOutcome.values());
        model.addAttribute("accounts", accounts.stream()
                .sorted(Comparator.comparing(MonitoredAccount::platform).thenComparing(a -> a.handle().toLowerCase(Locale.ROOT)))
                .map(a -> new AccountRow(a, agencyName(a.agencyCode()), a.agencyCode().equals(actor.agencyCode())))
                .toList());
        return "console/mentions";
    }

    @PostMapping("/{id}/report")
    String report(@ModelAttribute("actor") Actor actor, @PathVariable long id, @ModelAttribute Filter filter,
                  @RequestParam(defaultValue = "0") int page, RedirectAttributes flash) {
        try {
            Mention filed = mentions.report(id, actor, null);
            flash.addFlashAttribute("flash", "flash.mention-reported");
            flash.addFlashAttribute("flashDetail", filed.triage().trackingId());
        } catch (MentionRefusedException e) {
            refused(flash, e);
        }
        return back(filter, page);
    }

    @PostMapping("/{id}/ignore")
    String ignore(@ModelAttribute("actor") Actor actor, @PathVariable long id, @ModelAttribute Filter filter,
                  @RequestParam(defaultValue = "0") int page, RedirectAttributes flash) {
        try {
            mentions.ignore(id, actor);
            flash.addFlashAttribute("flash", "flash.mention-ignored");
        } catch (MentionRefusedException e) {
            refused(flash, e);
        }
        return back(filter, page);
    }

    /** Someone was quicker, or the mention's state does not allow it: said on the page. */
    private static void refused(RedirectAttributes flash, MentionRefusedException e) {
        flash.addFlashAttribute("flash", "flash.refused");
        flash.addFlashAttribute("flashDetail", e.getMessage());
    }

    private static String back(Filter filter, int page) {
        return "redirect:" + UriComponentsBuilder.fromPath("/console/mentions")
                .queryParamIfPresent("platform", Optional.ofNullable(filter.platform()))
                .queryParamIfPresent("outcome", Optional.ofNullable(filter.outcome()))
                .queryParamIfPresent("page", Optional.of(page).filter(p -> p > 0))
                .build().toUriString();
    }

    private FeedRow row(Mention m, Actor viewer, List<MonitoredAccount> accounts) {
        String tagged = accounts.stream().filter(a -> a.platform() == m.platform() && a.accountId().equals(m.accountId()))
                .findFirst().map(a -> "@" + a.handle()).orElse(m.accountId());
        String routed = m.triage() == null ? null : m.triage().routedAgencyCode();
        return new FeedRow(m, FeedOutcome.of(m), Mentions.actions(m, viewer), FeedRow.webLink(m.url()), tagged,
                agencyName(m.agencyCode()), routed == null || routed.equals(m.agencyCode()) ? null : agencyName(routed));
    }

    private String agencyName(String code) {
        return directory.byCode(code).map(Agency::name).orElse(code);
    }
}
