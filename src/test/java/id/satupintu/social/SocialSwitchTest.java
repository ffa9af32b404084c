package id.satupintu.social;

import id.satupintu.SatuPintuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Without the platforms' secrets (the shared test context sets none) every part of the channel is off; the feed API stays. */
@SatuPintuTest
class SocialSwitchTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Test
    void withoutSecretsNoPlatformPartExistsAndTheWebhooksAreNotThere() throws Exception {
        assertThat(context.getBeansOfType(XMentionPoller.class)).isEmpty();
        assertThat(context.getBeansOfType(PublicReplySender.class)).isEmpty();
        assertThat(context.getBeansOfType(MetaWebhookController.class)).isEmpty();
        assertThat(context.getBeansOfType(ForwardedMentionController.class)).isEmpty();
        assertThat(context.getBeansOfType(Mentions.class)).hasSize(1);

        mvc.perform(get("/webhooks/meta").param("hub.mode", "subscribe").param("hub.verify_token", "")
                .param("hub.challenge", "1")).andExpect(status().isNotFound());
        mvc.perform(post("/webhooks/mentions").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }
}
