package id.satupintu.social;

import id.satupintu.channel.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the mentions timeline of every monitored X account through X API v2
 * ({@code GET /2/users/:id/mentions}), run by a db-scheduler recurring task, so on one instance at a
 * time. The recipe: ask for posts newer than {@code since_id}, follow {@code next_token} to the last
 * page, and only then move {@code since_id} to the first page's {@code newest_id}. A 429, or a
 * window used up ({@code x-rate-limit-remaining: 0}) with pages left, pauses the account until
 * {@code x-rate-limit-reset}; the poll then goes on from the page where it stopped. The first poll
 * of an account reads only its latest page, so that an account added to the registry does not
 * bring its whole history into the feed.
 */
class XMentionPoller {

    private static final Logger log = LoggerFactory.getLogger(XMentionPoller.class);
    /** Where the reset is not given: X's rate-limit windows are 15 minutes. */
    private static final Duration DEFAULT_PAUSE = Duration.ofMinutes(15);
    static final String TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,lang";

    private final RestClient client;
    private final MonitoredAccounts accounts;
    private final Mentions mentions;
    private final PollStates states;
    private final int maxResults;

    XMentionPoller(RestClient client, MonitoredAccounts accounts, Mentions mentions, PollStates states, int maxResults) {
        this.client = client;
        this.accounts = accounts;
        this.mentions = mentions;
        this.states = states;
        this.maxResults = Math.max(5, Math.min(100, maxResults));
    }

    /** @return how many new mentions were stored */
    int pollAll() {
        int stored = 0;
        for (MonitoredAccount account : accounts.on(Channel.TWITTER)) {
            stored += poll(account);
        }
        return stored;
    }

    int poll(MonitoredAccount account) {
        PollStates.State state = states.get(Channel.TWITTER, account.accountId());
        if (state.pausedAt(Instant.now())) {
            return 0;
        }
        String since = state.sinceId();
        String newest = state.pendingNewestId();
        String token = state.pendingNextToken();
        int stored = 0;
        while (true) {
            SocialHttp.Answer answer;
            try {
                answer = page(account, since, token);
            } catch (RestClientException e) {
                log.warn("X mentions of @{}: X is unreachable ({}); trying again at the next poll", account.handle(), e.getMessage());
                states.failed(Channel.TWITTER, account.accountId(), state, "unreachable: " + e.getMessage());
                return stored;
            }
            if (answer.status() == 429) {
                Instant until = answer.resetAt().orElse(Instant.now().plus(DEFAULT_PAUSE));
                log.info("X mentions of @{}: rate limited, paused until {}", account.handle(), until);
                states.paused(Channel.TWITTER, account.accountId(), since, newest, token, until, "rate limited (429)");
                return stored;
            }
            if (!answer.ok()) {
                log.warn("X mentions of @{}: {}", account.handle(), answer.problem());
                states.failed(Channel.TWITTER, account.accountId(), state, answer.problem());
                return stored;
            }
            JsonNode body = answer.body();
            if (token == null) {
                newest = SocialHttp.text(body.path("meta").path("newest_id"));
            }
            stored += store(account, body);
            String next = SocialHttp.text(body.path("meta").path("next_token"));
            if (next == null || since == null) {
                states.completed(Channel.TWITTER, account.accountId(), newest != null ? newest : since);
                return stored;
            }
            token = next;
            if (answer.remaining().orElse(1L) == 0) {
                Instant until = answer.resetAt().orElse(Instant.now().plus(DEFAULT_PAUSE));
                log.info("X mentions of @{}: rate-limit window used up with pages left, paused until {}", account.handle(), until);
                states.paused(Channel.TWITTER, account.accountId(), since, newest, token, until, "rate-limit window used up");
                return stored;
            }
        }
    }

    private SocialHttp.Answer page(MonitoredAccount account, String since, String token) {
        return SocialHttp.get(client, uri -> {
            uri.path("/2/users/{id}/mentions")
                    .queryParam("max_results", maxResults)
                    .queryParam("tweet.fields", TWEET_FIELDS)
                    .queryParam("expansions", "author_id")
                    .queryParam("user.fields", "username,name");
            if (since != null) {
                uri.queryParam("since_id", since);
            }
            if (token != null) {
                uri.queryParam("pagination_token", token);
            }
            return uri.build(account.accountId());
        });
    }

    private int store(MonitoredAccount account, JsonNode body) {
        Map<String, String> usernames = new HashMap<>();
        body.path("includes").path("users").forEach(u -> usernames.put(SocialHttp.text(u.path("id")), SocialHttp.text(u.path("username"))));
        int stored = 0;
        for (JsonNode tweet : body.path("data")) {
            String id = SocialHttp.text(tweet.path("id"));
            String author = SocialHttp.text(tweet.path("author_id"));
            if (id == null || account.accountId().equals(author) || isRetweet(tweet)) {
                continue;
            }
            String username = usernames.get(author);
            String url = "https://x.com/" + (username == null ? "i/web" : username) + "/status/" + id;
            String created = SocialHttp.text(tweet.path("created_at"));
            var mention = new IncomingMention(Channel.TWITTER, id, account, Mention.Source.X_POLL, Mention.PostType.TWEET,
                    null, id, url, author, username, SocialHttp.text(tweet.path("text")), created == null ? null : Instant.parse(created), null);
            stored += mentions.accept(mention) ? 1 : 0;
        }
        return stored;
    }

    /** A retweet repeats a post already in the timeline (or not about us); the original is what counts. */
    private static boolean isRetweet(JsonNode tweet) {
        for (JsonNode ref : tweet.path("referenced_tweets")) {
            if ("retweeted".equals(SocialHttp.text(ref.path("type")))) {
                return true;
            }
        }
        return false;
    }
}
