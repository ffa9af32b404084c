package id.satupintu.channel.twilio;

import id.satupintu.channel.ReportingCitizen;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.ReporterAddress;
import id.satupintu.taxonomy.Category;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole report filed by SMS and one by WhatsApp with the real conversation engine: webhooks built
 * and signed as Twilio sends them, the replies read off {@link FakeTwilio}'s Messages API, numbered
 * options answered with their number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(TwilioTest.SETTINGS)
@Import(FakeTwilio.Settings.class)
class TwilioReportTest {

    @LocalServerPort
    int port;
    @Autowired
    Complaints complaints;

    private final FakeTwilio twilio = FakeTwilio.instance();

    @Test
    void aReportBySms() {
        String number = TwilioWebhook.newNumber();
        var citizen = SmsCitizen.sms(port, number);

        String trackingId = citizen.fileReport("jln dpn SDN 3 Pendopo rusak parah, sdh 3 mgg berlubang, byk motor jatuh. mhn segera diperbaiki");

        ComplaintView filed = filedBy("sms", number, trackingId);
        assertThat(filed.category()).isEqualTo(Category.INFRASTRUKTUR);
        assertThat(filed.regionCode()).isEqualTo("16.11.02");
        assertThat(filed.reporter().name()).isEqualTo(ReportingCitizen.NAME);
        // The summary repeats the citizen's own words, so it may take a third segment; nothing else may.
        assertThat(twilio.messagesTo(number)).allSatisfy(sms -> {
            assertThat(sms).containsEntry("From", FakeTwilio.SMS_FROM);
            int allowed = sms.get("Body").contains(ReportingCitizen.NAME) ? 3 : 2;
            assertThat(SmsText.segments(sms.get("Body")).count()).as(sms.get("Body")).isLessThanOrEqualTo(allowed);
        });
        assertThat(twilio.messagesTo(number)).noneSatisfy(sms -> assertThat(sms.get("Body")).contains("foto"));
    }

    @Test
    void aReportByWhatsAppWithAPhoto() {
        String number = TwilioWebhook.newNumber();
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x4A, 0x50, 0x47};
        String photo = twilio.media("MEtest" + number.substring(1), "image/jpeg", jpeg);
        var citizen = new SmsCitizen(port, "whatsapp:" + number, text -> TwilioWebhook.whatsapp(number, "Siti", text));

        String trackingId = citizen.fileReport(TwilioWebhook.whatsappMedia(number, "Siti",
                "Sampah di pinggir pasar sudah menumpuk dua minggu tidak diangkut, baunya menyengat sampai ke rumah warga",
                photo, "image/jpeg"));

        ComplaintView filed = filedBy("whatsapp", number, trackingId);
        assertThat(filed.category()).isEqualTo(Category.LINGKUNGAN);
        assertThat(filed.regionCode()).isEqualTo("16.11.02");
        assertThat(filed.attachments()).singleElement().satisfies(a -> assertThat(a.size()).isEqualTo(jpeg.length));
        assertThat(citizen.said()).contains(ReportingCitizen.PLACE);
        assertThat(twilio.messagesTo("whatsapp:" + number)).allSatisfy(m -> assertThat(m).containsEntry("From", FakeTwilio.WHATSAPP_FROM));
    }

    private ComplaintView filedBy(String channel, String number, String trackingId) {
        assertThat(complaints.findForReporter(new ReporterAddress(channel, number)))
                .extracting(ComplaintView::trackingId).containsExactly(trackingId);
        return complaints.byTrackingId(trackingId).orElseThrow();
    }
}
