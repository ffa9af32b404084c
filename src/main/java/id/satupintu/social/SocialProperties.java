package id.satupintu.social;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.net.URI;
import java.time.Duration;

/**
 * Settings of the social-media channel ({@code satupintu.social.*}, filled from the environment
 * variables of channels/social.yml). Each part is off while its secret is unset.
 *
 * @param accounts            the registry of monitored accounts (channels/social-accounts.yml)
 * @param triageInterval      how often mentions waiting for triage are looked for
 * @param maxAttempts         a mention whose text cannot be fetched is given up after this many tries
 * @param telegramBotUsername the bot behind the {@code t.me/<bot>?start=<code>} link of an invitation
 * @param whatsappNumber      the WhatsApp number behind the {@code wa.me} link (any format; digits are kept)
 * @param webhookSecret       signs {@code POST /webhooks/mentions}; blank: that webhook is off
 */
@ConfigurationProperties("satupintu.social")
record SocialProperties(@DefaultValue("file:channels/social-accounts.yml") Resource accounts,
                        @DefaultValue("2s") Duration triageInterval,
                        @DefaultValue("5") int maxAttempts,
                        String telegramBotUsername,
                        String whatsappNumber,
                        String webhookSecret,
                        @DefaultValue X x,
                        @DefaultValue Meta meta) {

    static final String FORWARDED_PATH = "/webhooks/mentions";
    static final String SIGNATURE_HEADER = "X-SatuPintu-Signature";
    static final String FORWARDED_ENABLED = "!'${satupintu.social.webhook-secret:}'.isBlank()";

    /**
     * X API v2.
     *
     * @param bearerToken     app-only token, reads the mentions timelines; blank: X polling is off
     * @param userAccessToken OAuth 2.0 user-context token (tweet.write) of the account that posts the
     *                        public replies; blank: replies are kept in the feed, not posted
     * @param pollInterval    pause between two polls of every monitored account
     * @param maxResults      mentions per page (5-100)
     */
    record X(@DefaultValue("https://api.x.com") URI apiUrl,
             String bearerToken,
             String userAccessToken,
             @DefaultValue("2m") Duration pollInterval,
             @DefaultValue("100") int maxResults) {

        static final String ENABLED = "!'${satupintu.social.x.bearer-token:}'.isBlank()";
        static final String REPLIES_ENABLED = "!'${satupintu.social.x.user-access-token:}'.isBlank()";

        @Override
        public String toString() {
            return "X[apiUrl=" + apiUrl + ", polling=" + !isBlank(bearerToken) + ", replies=" + !isBlank(userAccessToken) + "]";
        }
    }

    /**
     * Meta Graph (Instagram and Facebook).
     *
     * @param appSecret   signs every webhook delivery (X-Hub-Signature-256)
     * @param verifyToken answers the subscription handshake; with the app secret, switches the webhook on
     * @param pageToken   reads Instagram mentions' text and posts the public replies; blank: neither
     */
    record Meta(@DefaultValue("https://graph.facebook.com/v23.0") URI graphUrl,
                String appSecret,
                String verifyToken,
                String pageToken) {

        static final String WEBHOOK_PATH = "/webhooks/meta";
        static final String ENABLED = "!'${satupintu.social.meta.app-secret:}'.isBlank() and !'${satupintu.social.meta.verify-token:}'.isBlank()";
        static final String GRAPH_ENABLED = "!'${satupintu.social.meta.page-token:}'.isBlank()";

        @Override
        public String toString() {
            return "Meta[graphUrl=" + graphUrl + ", webhook=" + !(isBlank(appSecret) || isBlank(verifyToken))
                    + ", graph=" + !isBlank(pageToken) + "]";
        }
    }

    /** Never shows a secret, wherever the settings end up printed. */
    @Override
    public String toString() {
        return "SocialProperties[accounts=" + accounts + ", telegramBot=" + telegramBotUsername + ", whatsapp="
                + !isBlank(whatsappNumber) + ", forwarded=" + !isBlank(webhookSecret) + ", " + x + ", " + meta + "]";
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
