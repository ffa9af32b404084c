package id.satupintu.channel.twilio;

import id.satupintu.channel.Address;
import id.satupintu.channel.Attachment;
import id.satupintu.channel.Channel;
import id.satupintu.channel.Coordinates;
import id.satupintu.channel.InboundMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Twilio's webhook requests for incoming messages, as Twilio sends them, through to the inbox and back out. */
@TwilioTest
class TwilioInboundTest {

    private static final FakeTwilio TWILIO = FakeTwilio.instance();
    private static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'J', 'F', 'I', 'F', 0};

    @LocalServerPort
    int port;
    @Autowired
    RecordingInboundHandler handler;

    /** What one provider request must become. */
    record Expected(Channel channel, String text, String senderName, Coordinates coordinates, List<String> attachments) {

        /** The recording handler's reply; on SMS without what would force UCS-2. */
        String reply() {
            return "Diterima: " + (channel == Channel.SMS ? text.replace(" 😡", "") : text);
        }
    }

    /** Real provider requests: the documented parameter sets of Twilio's messaging webhook. */
    static Stream<Arguments> providerRequests() {
        return Stream.of(
                request("an SMS", n -> TwilioWebhook.sms(n, "jln depan SDN 3 rusak parah"),
                        new Expected(Channel.SMS, "jln depan SDN 3 rusak parah", null, null, List.of())),
                request("an SMS with emoji and line breaks", n -> TwilioWebhook.sms(n, "Sampah numpuk 😡\ndi psr 16 ilir"),
                        new Expected(Channel.SMS, "Sampah numpuk 😡\ndi psr 16 ilir", null, null, List.of())),
                request("a WhatsApp text", n -> TwilioWebhook.whatsapp(n, "Siti Aminah", "lampu jalan mati sdh 2 minggu"),
                        new Expected(Channel.WHATSAPP, "lampu jalan mati sdh 2 minggu", "Siti Aminah", null, List.of())),
                request("a WhatsApp photo with a caption", n -> TwilioWebhook.whatsappMedia(n, "Budi", "ini fotonya",
                                TWILIO.media("MEtest" + n.substring(1), "image/jpeg", PHOTO), "image/jpeg"),
                        new Expected(Channel.WHATSAPP, "ini fotonya", "Budi", null, List.of("image/jpeg"))),
                request("a WhatsApp photo behind a redirect", n -> TwilioWebhook.whatsappMedia(n, "Budi", "",
                                TWILIO.redirectedMedia("MEredir" + n.substring(1), "image/png", PHOTO), "image/png"),
                        new Expected(Channel.WHATSAPP, "", "Budi", null, List.of("image/png"))),
                request("a WhatsApp location picked on the map",
                        n -> TwilioWebhook.whatsappLocation(n, "Rina", "-3.7928", "104.6903", "Pasar 16 Ilir", "Jl. Pasar 16 Ilir, Palembang"),
                        new Expected(Channel.WHATSAPP, "Pasar 16 Ilir, Jl. Pasar 16 Ilir, Palembang", "Rina",
                                new Coordinates(-3.7928, 104.6903), List.of())),
                request("a WhatsApp current location", n -> TwilioWebhook.whatsappLocation(n, "Rina", "-3.7928", "104.6903", null, null),
                        new Expected(Channel.WHATSAPP, "", "Rina", new Coordinates(-3.7928, 104.6903), List.of())));
    }

    private static Arguments request(String name, Function<String, TwilioWebhook> request, Expected expected) {
        return Arguments.of(name, request, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providerRequests")
    void aProviderRequestBecomesOneInboundMessageAndTheReplyGoesOutThroughTheRestApi(
            String name, Function<String, TwilioWebhook> request, Expected expected) {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook webhook = request.apply(number);

        TwilioWebhook.Response response = webhook.post(port);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/xml");
        assertThat(response.body()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");
        Address from = new Address(expected.channel(), number);
        InboundMessage message = awaitOne(from);
        assertThat(message.providerMessageId()).isEqualTo(webhook.get("MessageSid"));
        assertThat(message.text()).isEqualTo(expected.text());
        assertThat(message.senderName()).isEqualTo(expected.senderName());
        assertThat(message.coordinates()).isEqualTo(expected.coordinates());
        assertThat(message.attachments()).extracting(Attachment::contentType).isEqualTo(expected.attachments());
        message.attachments().forEach(a -> assertThat(a.content()).isEqualTo(PHOTO));

        String to = expected.channel() == Channel.WHATSAPP ? "whatsapp:" + number : number;
        List<Map<String, String>> sent = awaitSent(to, 1);
        assertThat(sent.getFirst()).containsEntry("Body", expected.reply())
                .containsEntry("From", expected.channel() == Channel.WHATSAPP ? FakeTwilio.WHATSAPP_FROM : FakeTwilio.SMS_FROM)
                .containsEntry("StatusCallback", FakeTwilio.PUBLIC_BASE_URL + "/webhooks/twilio/status");
    }

    @Test
    void nationalAndInternationalFormsOfANumberAreOneCitizen() {
        String number = TwilioWebhook.newNumber();
        String national = "0" + number.substring(3);
        TwilioWebhook.sms(number, "satu").post(port);
        TwilioWebhook.sms(national, "dua").post(port);
        TwilioWebhook.sms(number.substring(1), "tiga").post(port);

        Address citizen = new Address(Channel.SMS, number);
        await().atMost(Duration.ofSeconds(10)).until(() -> handler.from(citizen).size() == 3);
        assertThat(handler.from(citizen)).extracting(InboundMessage::text).containsExactly("satu", "dua", "tiga");
    }

    @Test
    void theSameMessageSidDeliveredTwiceIsProcessedOnce() {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook webhook = TwilioWebhook.sms(number, "jalan berlubang");

        assertThat(webhook.post(port).status()).isEqualTo(200);
        assertThat(webhook.post(port).status()).isEqualTo(200);

        Address from = new Address(Channel.SMS, number);
        awaitOne(from);
        awaitSent(number, 1);
        sleep(Duration.ofMillis(800));
        assertThat(handler.from(from)).hasSize(1);
        assertThat(TWILIO.messagesTo(number)).hasSize(1);
    }

    @Test
    void aNumberedAnswerIsMappedBackToTheChoiceOfferedLast() {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook.sms(number, "tolong pilih kategori").post(port);
        Map<String, String> offer = awaitSent(number, 1).getFirst();
        assertThat(offer.get("Body")).isEqualTo("""
                Diterima: tolong pilih kategori
                Balas 1 untuk Jalan rusak
                Balas 2 untuk Sampah menumpuk""");

        TwilioWebhook.sms(number, " 2 ").post(port);

        assertThat(awaitSent(number, 2).get(1)).containsEntry("Body", "Pilihan: sampah");
        assertThat(handler.from(new Address(Channel.SMS, number)).getLast().choice()).isEqualTo("sampah");
    }

    @Test
    void aMediaFileThatCannotBeFetchedIsLeftOutButTheMessageIsKept() {
        String number = TwilioWebhook.newNumber();
        String broken = TWILIO.brokenMedia("MEbroken" + number.substring(1), 404);
        String tooLarge = TWILIO.media("MElarge" + number.substring(1), "image/jpeg", new byte[65 * 1024]);
        TwilioWebhook webhook = TwilioWebhook.whatsappMedia(number, "Budi", "foto jalan", broken, "image/jpeg")
                .with("NumMedia", "2").with("MediaUrl1", tooLarge).with("MediaContentType1", "image/jpeg");

        assertThat(webhook.post(port).status()).isEqualTo(200);

        InboundMessage message = awaitOne(new Address(Channel.WHATSAPP, number));
        assertThat(message.text()).isEqualTo("foto jalan");
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void credentialsGoToTwilioOnlyNotToWhereItsMediaUrlRedirects() {
        String number = TwilioWebhook.newNumber();
        String mediaSid = "MEcreds" + number.substring(1);
        String url = TWILIO.redirectedMedia(mediaSid, "image/jpeg", PHOTO);

        TwilioWebhook.whatsappMedia(number, "Budi", "", url, "image/jpeg").post(port);

        assertThat(awaitOne(new Address(Channel.WHATSAPP, number)).attachments()).hasSize(1);
        assertThat(TWILIO.requestsFor(FakeTwilio.mediaPath(mediaSid)))
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).startsWith("Basic "));
        assertThat(TWILIO.requestsFor("/storage/" + mediaSid))
                .hasSize(1)
                .allSatisfy(r -> assertThat(r.containsHeader("Authorization")).isFalse());
    }

    @Test
    void aWebhookUrlWithAQueryStringIsSignedWithItAndItsParametersStayOutOfTheMessage() {
        String number = TwilioWebhook.newNumber();
        TwilioWebhook webhook = TwilioWebhook.sms(number, "halo").query("Body=tertimpa&source=console");

        assertThat(webhook.post(port).status()).isEqualTo(200);

        assertThat(awaitOne(new Address(Channel.SMS, number)).text()).isEqualTo("halo");
    }

    InboundMessage awaitOne(Address from) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !handler.from(from).isEmpty());
        assertThat(handler.from(from)).hasSize(1);
        return handler.from(from).getFirst();
    }

    static List<Map<String, String>> awaitSent(String to, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> TWILIO.messagesTo(to).size() >= count);
        return TWILIO.messagesTo(to);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
