package id.satupintu.social;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import id.satupintu.agency.AgencyDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The social channel's parts; each platform's is off without its secrets, and the log says once at
 * start what is on. Triage and X polling are db-scheduler recurring tasks, so with several instances
 * on one database each run happens on exactly one of them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialProperties.class)
class SocialConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SocialConfiguration.class);
    static final String TRIAGE_TASK = "social-mention-triage";
    static final String X_POLL_TASK = "social-x-mentions";

    SocialConfiguration(SocialProperties properties) {
        SocialProperties.X x = properties.x();
        if (SocialProperties.isBlank(x.bearerToken())) {
            log.info("X mentions are off: X_BEARER_TOKEN is not set (mentions can still be submitted or forwarded)");
        } else {
            log.info("X mentions are polled every {} from {}", x.pollInterval(), x.apiUrl());
        }
        if (!SocialProperties.isBlank(x.bearerToken()) && SocialProperties.isBlank(x.userAccessToken())) {
            log.warn("X_USER_ACCESS_TOKEN is not set: replies to X mentions are kept in the feed, not posted");
        }
        SocialProperties.Meta meta = properties.meta();
        if (SocialProperties.isBlank(meta.appSecret()) || SocialProperties.isBlank(meta.verifyToken())) {
            log.info("Instagram and Facebook mentions are off: META_APP_SECRET and META_VERIFY_TOKEN are not set");
        } else {
            log.info("Instagram and Facebook mentions arrive at {}", SocialProperties.Meta.WEBHOOK_PATH);
            if (SocialProperties.isBlank(meta.pageToken())) {
                log.warn("META_PAGE_TOKEN is not set: Instagram mentions cannot be read and no replies are posted there");
            }
        }
        if (SocialProperties.isBlank(properties.webhookSecret())) {
            log.info("Forwarded mentions are off: SOCIAL_WEBHOOK_SECRET is not set");
        }
        if (!new DeepLinks(properties.telegramBotUsername(), properties.whatsappNumber()).any()) {
            log.warn("Neither TELEGRAM_BOT_USERNAME nor WHATSAPP_NUMBER is set: reports seen on social media cannot be "
                    + "invited to a private chat");
        }
    }

    @Bean
    MonitoredAccounts monitoredAccounts(SocialProperties properties, AgencyDirectory directory) {
        return MonitoredAccounts.load(properties.accounts(), directory);
    }

    @Bean
    DeepLinks deepLinks(SocialProperties properties) {
        return new DeepLinks(properties.telegramBotUsername(), properties.whatsappNumber());
    }

    @Bean
    RecurringTask<Void> socialMentionTriage(MentionTriage triage, SocialProperties properties) {
        return Tasks.recurring(TRIAGE_TASK, FixedDelay.of(properties.triageInterval()))
                .execute((instance, context) -> triage.processPending());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(SocialProperties.X.ENABLED)
    static class XPolling {

        @Bean
        XMentionPoller xMentionPoller(SocialProperties properties, MonitoredAccounts accounts, Mentions mentions, PollStates states) {
            SocialProperties.X x = properties.x();
            return new XMentionPoller(SocialHttp.client(x.apiUrl(), x.bearerToken()), accounts, mentions, states, x.maxResults());
        }

        @Bean
        RecurringTask<Void> socialXMentions(XMentionPoller poller, SocialProperties properties) {
            return Tasks.recurring(X_POLL_TASK, FixedDelay.of(properties.x().pollInterval()))
                    .execute((instance, context) -> poller.pollAll());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(SocialProperties.X.REPLIES_ENABLED)
    static class XPosting {

        @Bean
        XReplies xReplies(SocialProperties properties, MentionStore mentions) {
            SocialProperties.X x = properties.x();
            return new XReplies(SocialHttp.client(x.apiUrl(), x.userAccessToken()), mentions);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(SocialProperties.Meta.GRAPH_ENABLED)
    static class Graph {

        @Bean
        MetaGraph metaGraph(SocialProperties properties) {
            return new MetaGraph(properties.meta().graphUrl(), properties.meta().pageToken());
        }

        @Bean
        InstagramReplies instagramReplies(MetaGraph graph, MentionStore mentions) {
            return new InstagramReplies(graph, mentions);
        }

        @Bean
        FacebookReplies facebookReplies(MetaGraph graph, MentionStore mentions) {
            return new FacebookReplies(graph, mentions);
        }
    }
}
