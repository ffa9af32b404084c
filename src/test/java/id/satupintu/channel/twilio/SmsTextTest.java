package id.satupintu.channel.twilio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static id.satupintu.channel.twilio.SmsText.Encoding.GSM_7;
import static id.satupintu.channel.twilio.SmsText.Encoding.UCS_2;
import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

    @ParameterizedTest(name = "{0} characters of ''{1}'' -> {2}, {3} units, {4} segments")
    @CsvSource({
            "1,   a, GSM_7, 1, 1",
            "160, a, GSM_7, 160, 1",
            "161, a, GSM_7, 161, 2",
            "306, a, GSM_7, 306, 2",
            "307, a, GSM_7, 307, 3",
            "80,  €, GSM_7, 160, 1",
            "81,  €, GSM_7, 162, 2",
            "70,  á, UCS_2, 70, 1",
            "71,  á, UCS_2, 71, 2",
            "134, á, UCS_2, 134, 2",
            "135, á, UCS_2, 135, 3",
    })
    void countsSegmentsLikeTheCarriers(int length, String character, SmsText.Encoding encoding, int units, int count) {
        assertThat(SmsText.segments(character.repeat(length))).isEqualTo(new SmsText.Segments(encoding, units, count));
    }

    @Test
    void oneEmojiTurnsAGsmTextIntoUcs2WithTwoUnitsForTheEmoji() {
        String text = "Laporan Anda sudah kami terima dan sedang diverifikasi oleh admin. Nomor pelacakan LPR-AB12-CD34. "
                + "Kami kabari lagi bila ada perkembangan 🙏";
        assertThat(SmsText.segments(text.replace(" 🙏", ""))).isEqualTo(new SmsText.Segments(GSM_7, 136, 1));
        assertThat(SmsText.segments(text)).isEqualTo(new SmsText.Segments(UCS_2, 139, 3));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "‘Jalan’ “rusak” – parah — sekali…  | 'Jalan' \"rusak\" - parah - sekali...",
            "Terima kasih 🙏                    | Terima kasih",
            "Siap 👍 kami proses                | Siap kami proses",
            "Kelurahan Sukamáju, Kec. Pendopo  | Kelurahan Sukamaju, Kec. Pendopo",
            "café à la crème                   | café à la crème",
            "nomor\u00A0LPR-AB12-CD34\u200B       | nomor LPR-AB12-CD34",
            "• satu                            | - satu",
    })
    void replacesWhatForcesUcs2WhereNothingIsLost(String text, String expected) {
        String sms = SmsText.forSms(text);
        assertThat(sms).isEqualTo(expected);
        assertThat(SmsText.segments(sms).encoding()).isEqualTo(GSM_7);
    }

    @Test
    void keepsWhatCannotBeReplaced() {
        String text = "Lokasi: Masjid الهدى, Kota Palembang";
        assertThat(SmsText.forSms(text)).isEqualTo(text);
        assertThat(SmsText.segments(text).encoding()).isEqualTo(UCS_2);
    }
}
