package id.satupintu.channel;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.satupintu.channel.TestMessages.newAddress;
import static org.assertj.core.api.Assertions.assertThat;

@MessagingTest
class HandoffsTest {

    @Autowired
    Handoffs handoffs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPostSeenTwiceIsHandedOverUnderOneCode() {
        String first = handoffs.create("@pupr jalan rusak parah #lapor", Channel.TWITTER, "post-1", "PUPR-1602");
        String again = handoffs.create("@pupr jalan rusak parah #lapor", Channel.TWITTER, "post-1", "PUPR-1602");
        String other = handoffs.create("lampu mati", Channel.TWITTER, "post-2", null);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first).matches("[2-9A-HJKMNP-Z]{8}");
    }

    @Test
    void theFirstCitizenToFollowTheLinkOwnsTheCode() {
        String code = handoffs.create("sampah menumpuk di pasar", Channel.INSTAGRAM, "media-7", null);
        Address citizen = newAddress(Channel.TELEGRAM);
        Address stranger = newAddress(Channel.WHATSAPP);

        assertThat(handoffs.claim(code.toLowerCase(), citizen)).get()
                .satisfies(h -> {
                    assertThat(h.text()).isEqualTo("sampah menumpuk di pasar");
                    assertThat(h.origin()).isEqualTo(Channel.INSTAGRAM);
                    assertThat(h.originReference()).isEqualTo("media-7");
                });
        assertThat(handoffs.claim(code, citizen)).isPresent();
        assertThat(handoffs.claim(code, stranger)).isEmpty();
        assertThat(handoffs.claimant(code)).contains(citizen);
    }

    @Test
    void unknownAndExpiredCodesAreNotHonoured() {
        String code = handoffs.create("air pdam mati", Channel.FACEBOOK, "comment-9", null);
        jdbc.sql("update handoff set created_at = now() - interval '31 days' where code = ?").param(code).update();

        assertThat(handoffs.claim(code, newAddress(Channel.TELEGRAM))).isEmpty();
        assertThat(handoffs.claim("XXXXXXXX", newAddress(Channel.TELEGRAM))).isEmpty();
        assertThat(handoffs.claim(" ", newAddress(Channel.TELEGRAM))).isEmpty();
        assertThat(handoffs.find(code)).isPresent();
    }
}
