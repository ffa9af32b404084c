package id.satupintu.social;

import id.satupintu.channel.Channel;
import id.satupintu.channel.Handoffs;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.ReporterAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static id.satupintu.social.FakeSocial.Tweet;
import static id.satupintu.social.FakeSocial.mentionsPage;
import static id.satupintu.social.FakeSocial.page;
import static id.satupintu.social.SocialFixture.newPostId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** X: the mentions timeline polled through X API v2 (WireMock), triage, and replies posted with POST /2/tweets. */
@SocialTest
class XMentionsTest {

    static final String PUPR = "2001";
    static final String PLN = "2002";

    final FakeSocial x = FakeSocial.instance();

    @Autowired
    XMentionPoller poller;
    @Autowired
    MonitoredAccounts accounts;
    @Autowired
    SocialFixture fixture;
    @Autowired
    Complaints complaints;
    @Autowired
    Handoffs handoffs;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        x.reset();
        fixture.clean();
    }

    @Test
    void aComplaintSayingWhatAndWhereIsFiledAndAnsweredWithItsTrackingId() {
        String id = newPostId();
        x.mentionsOf(PUPR, page(mentionsPage(List.of(new Tweet(id, "9001", "warga_pendopo",
                "@pupr_empatlawang jalan di desa Tanjung Raya kecamatan Pendopo Empat Lawang rusak parah, lubang besar, "
                        + "sudah 3 bulan tidak diperbaiki #lapor")), null), 9));

        assertThat(poller.poll(account(PUPR))).isEqualTo(1);

        Mention m = fixture.awaitTriaged(Channel.TWITTER, id);
        assertThat(m.state()).isEqualTo(MentionState.REPORTED);
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.FILED);
        assertThat(m.triage().category()).isEqualTo("INFRASTRUKTUR");
        assertThat(m.triage().routedAgencyCode()).isEqualTo("DINAS_PUPR-16.11");
        ComplaintView report = complaints.byTrackingId(m.triage().trackingId()).orElseThrow();
        assertThat(complaints.findForReporter(new ReporterAddress("twitter", "9001")))
                .extracting(ComplaintView::trackingId).containsExactly(report.trackingId());

        JsonNode reply = awaitReplyTo(id);
        assertThat(reply.path("text").asString()).contains(m.triage().trackingId()).contains("Dinas Pekerjaan Umum");
        assertThat(x.tweetPosts().getLast().getHeader("Authorization")).isEqualTo("Bearer " + FakeSocial.X_USER_TOKEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.outboundStatus(m.triage().replyMessageId()), "SENT"::equals);
    }

    @Test
    void aComplaintWithoutAPlaceGetsAPublicInvitationToAPrivateChatCarryingTheHandoffCode() {
        String id = newPostId();
        String text = "@pln_123 listrik di rumah saya mati terus tiap malam sudah seminggu, tolong dicek";
        x.mentionsOf(PLN, page(mentionsPage(List.of(new Tweet(id, "9002", "warga2", text)), null), 9));

        poller.poll(account(PLN));

        Mention m = fixture.awaitTriaged(Channel.TWITTER, id);
        assertThat(m.state()).isEqualTo(MentionState.NEW);
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.INVITED);
        String code = m.triage().handoffCode();
        var handoff = handoffs.find(code).orElseThrow();
        assertThat(handoff.text()).isEqualTo(text);
        assertThat(handoff.origin()).isEqualTo(Channel.TWITTER);
        assertThat(handoff.originReference()).isEqualTo(id);
        assertThat(handoff.agencyHint()).isEqualTo("PLN");
        assertThat(awaitReplyTo(id).path("text").asString())
                .contains("https://t.me/SatuPintuBot?start=" + code)
                .contains("https://wa.me/6281100001708?text=LAPOR%20" + code);
        assertThat(complaints.findForReporter(new ReporterAddress("twitter", "9002"))).isEmpty();
    }

    @Test
    void aThankYouIsKeptForTheFeedButNeitherFiledNorAnswered() throws InterruptedException {
        String id = newPostId();
        x.mentionsOf(PUPR, page(mentionsPage(List.of(new Tweet(id, "9003", "warga3",
                "@pupr_empatlawang terima kasih banyak pak, jalannya sudah mulus sekarang 🙏")), null), 9));

        poller.poll(account(PUPR));

        Mention m = fixture.awaitTriaged(Channel.TWITTER, id);
        assertThat(m.state()).isEqualTo(MentionState.NEW);
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.NOT_A_REPORT);
        assertThat(m.triage().kind()).isEqualTo("BUKAN_LAPORAN");
        assertThat(m.triage().trackingId()).isNull();
        assertThat(m.triage().handoffCode()).isNull();
        assertThat(m.triage().replyText()).isNull();
        Thread.sleep(500);
        assertThat(x.repliesTo(id)).isEmpty();
        assertThat(complaints.findForReporter(new ReporterAddress("twitter", "9003"))).isEmpty();
    }

    @Test
    void aMentionTaggingTheWrongAgencyIsRoutedToTheCompetentOneAndSaysWhy() {
        String id = newPostId();
        x.mentionsOf(PUPR, page(mentionsPage(List.of(new Tweet(id, "9004", "warga4",
                "@pupr_empatlawang listrik padam sudah 2 hari di Pendopo Empat Lawang, PLN tidak ada kabar, kulkas rusak semua")),
                null), 9));

        poller.poll(account(PUPR));

        Mention m = fixture.awaitTriaged(Channel.TWITTER, id);
        assertThat(m.agencyCode()).isEqualTo("DINAS_PUPR-16.11");
        assertThat(m.triage().outcome()).isEqualTo(TriageOutcome.FILED);
        assertThat(m.triage().routedAgencyCode()).isEqualTo("PLN");
        assertThat(m.triage().routingNote()).contains("Tagged @pupr_empatlawang").contains("PLN").contains("NATIONAL_OFFICE");
        assertThat(complaints.byTrackingId(m.triage().trackingId()).orElseThrow().suggestedRouting().agency().code()).isEqualTo("PLN");
        assertThat(awaitReplyTo(id).path("text").asString()).contains("PT PLN (Persero)");
    }

    @Test
    void thePublicReplyNeverRepeatsPersonalData() {
        String id = newPostId();
        x.mentionsOf(PUPR, page(mentionsPage(List.of(new Tweet(id, "9005", "budi_s",
                "@pupr_empatlawang jalan lintas di Kecamatan Pendopo Kabupaten Empat Lawang berlubang parah, sudah banyak "
                        + "motor jatuh. Saya Budi Santoso NIK 1611020304050006 hp 081277788899")), null), 9));

        poller.poll(account(PUPR));

        Mention m = fixture.awaitTriaged(Channel.TWITTER, id);
        assertThat(m.triage().outcome()).isIn(TriageOutcome.FILED, TriageOutcome.INVITED);
        String reply = awaitReplyTo(id).path("text").asString();
        assertThat(reply).doesNotContain("Budi").doesNotContain("Santoso").doesNotContain("1611020304050006")
                .doesNotContain("081277788899").doesNotContain("budi_s").doesNotContain("Pendopo");
    }

    @Test
    void sinceIdIsHonouredAcrossPollsAndPagesAreFollowedBeforeItMoves() {
        String first = newPostId();
        String second = newPostId();
        String third = newPostId();
        x.mentionsOf(PUPR,
                page(mentionsPage(List.of(new Tweet(first, "9010", "a", "@pupr_empatlawang makasih min")), null), 9),
                page(mentionsPage(List.of(new Tweet(third, "9011", "b", "@pupr_empatlawang mantap")), "7140dibdnow9c7btw3z2vwioavpvutgzrzm9icis4ndix"), 8),
                page(mentionsPage(List.of(new Tweet(second, "9012", "c", "@pupr_empatlawang keren")), null), 7),
                page(mentionsPage(List.of(), null), 6));

        poller.poll(account(PUPR));
        poller.poll(account(PUPR));
        poller.poll(account(PUPR));

        var requests = x.mentionRequests(PUPR);
        assertThat(requests).hasSize(4);
        assertThat(requests.get(0).queryParameter("since_id").isPresent()).isFalse();
        assertThat(requests.get(0).queryParameter("expansions").firstValue()).isEqualTo("author_id");
        assertThat(requests.get(0).queryParameter("user.fields").firstValue()).contains("username");
        assertThat(requests.get(1).queryParameter("since_id").firstValue()).isEqualTo(first);
        assertThat(requests.get(2).queryParameter("since_id").firstValue()).isEqualTo(first);
        assertThat(requests.get(2).queryParameter("pagination_token").firstValue()).isEqualTo("7140dibdnow9c7btw3z2vwioavpvutgzrzm9icis4ndix");
        // Moves to the newest post of the second poll's first page, only once its last page was read.
        assertThat(requests.get(3).queryParameter("since_id").firstValue()).isEqualTo(third);
        assertThat(requests.get(3).queryParameter("pagination_token").isPresent()).isFalse();
        assertThat(List.of(first, second, third)).allSatisfy(id -> assertThat(fixture.count(Channel.TWITTER, id)).isEqualTo(1));
    }

    @Test
    void a429WithItsResetHeaderPausesPollingUntilTheReset() {
        String id = newPostId();
        Instant reset = Instant.now().plusSeconds(3);
        x.mentionsOf(PLN,
                FakeSocial.tooManyRequests(reset),
                page(mentionsPage(List.of(new Tweet(id, "9020", "d", "@pln_123 makasih")), null), 9));

        assertThat(poller.poll(account(PLN))).isZero();
        assertThat(poller.poll(account(PLN))).isZero();
        assertThat(poller.poll(account(PLN))).isZero();

        assertThat(x.mentionRequests(PLN)).hasSize(1);
        Instant pausedUntil = jdbc.sql("select paused_until from social_poll_state where account_id = ?").param(PLN)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(pausedUntil.getEpochSecond()).isEqualTo(reset.getEpochSecond());

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> poller.poll(account(PLN)) == 1);
        assertThat(x.mentionRequests(PLN)).hasSize(2);
    }

    @Test
    void aWindowUsedUpWithPagesLeftPausesAndThenGoesOnFromThatPage() {
        String newest = newPostId();
        String older = newPostId();
        jdbc.sql("insert into social_poll_state (platform, account_id, since_id) values ('twitter', ?, '100')").param(PLN).update();
        Instant reset = Instant.now().plusSeconds(2);
        x.mentionsOf(PLN,
                page(mentionsPage(List.of(new Tweet(newest, "9030", "e", "@pln_123 halo")), "next-page-2"), 0, reset),
                page(mentionsPage(List.of(new Tweet(older, "9031", "f", "@pln_123 hai")), null), 9));

        assertThat(poller.poll(account(PLN))).isEqualTo(1);
        assertThat(poller.poll(account(PLN))).isZero();
        assertThat(x.mentionRequests(PLN)).hasSize(1);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> poller.poll(account(PLN)) == 1);
        var resumed = x.mentionRequests(PLN).get(1);
        assertThat(resumed.queryParameter("pagination_token").firstValue()).isEqualTo("next-page-2");
        assertThat(resumed.queryParameter("since_id").firstValue()).isEqualTo("100");
        assertThat(jdbc.sql("select since_id from social_poll_state where account_id = ?").param(PLN).query(String.class).single())
                .isEqualTo(newest);
    }

    @Test
    void aPostSeenInTwoOverlappingPollsIsOneMention() {
        String id = newPostId();
        String body = mentionsPage(List.of(new Tweet(id, "9040", "g", "@pln_123 listrik mati lagi di rumah saya")), null);
        x.mentionsOf(PLN, page(body, 9), page(body, 8));

        assertThat(poller.poll(account(PLN))).isEqualTo(1);
        assertThat(poller.poll(account(PLN))).isZero();

        assertThat(fixture.count(Channel.TWITTER, id)).isEqualTo(1);
        fixture.awaitTriaged(Channel.TWITTER, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> x.repliesTo(id).size() == 1);
    }

    @Test
    void theAccountsOwnPostsAndRetweetsAreNotMentions() {
        String own = newPostId();
        String retweet = newPostId();
        x.mentionsOf(PLN, page("""
                {"data":[{"id":"%s","text":"@warga mohon maaf atas gangguannya","author_id":"2002"},
                         {"id":"%s","text":"RT @warga: @pln_123 listrik mati","author_id":"9050",
                          "referenced_tweets":[{"type":"retweeted","id":"1"}]}],
                 "meta":{"newest_id":"%s","oldest_id":"%s","result_count":2}}""".formatted(own, retweet, own, retweet), 9));

        assertThat(poller.poll(account(PLN))).isZero();
        assertThat(fixture.count(Channel.TWITTER, own) + fixture.count(Channel.TWITTER, retweet)).isZero();
    }

    @Test
    void aReplyRefusedWith429IsPostedAgainAfterTheReset() {
        x.answerTweetPosts(FakeSocial.tooManyRequests(Instant.now().plusSeconds(1)));
        String id = newPostId();
        x.mentionsOf(PLN, page(mentionsPage(List.of(new Tweet(id, "9060", "h",
                "@pln_123 listrik di rumah saya mati terus tiap malam sudah seminggu, tolong dicek")), null), 9));

        poller.poll(account(PLN));

        await().atMost(Duration.ofSeconds(15)).until(() -> x.repliesTo(id).size() == 2);
        Mention m = fixture.awaitTriaged(Channel.TWITTER, id);
        await().atMost(Duration.ofSeconds(10)).until(() -> fixture.outboundStatus(m.triage().replyMessageId()), "SENT"::equals);
    }

    private JsonNode awaitReplyTo(String tweetId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> x.repliesTo(tweetId), r -> !r.isEmpty()).getFirst();
    }

    private MonitoredAccount account(String id) {
        return accounts.byId(Channel.TWITTER, id).orElseThrow();
    }
}
