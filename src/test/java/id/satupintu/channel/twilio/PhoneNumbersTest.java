package id.satupintu.channel.twilio;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    private final PhoneNumbers numbers = new PhoneNumbers("ID");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "081234567890          | +6281234567890",
            "+6281234567890        | +6281234567890",
            "6281234567890         | +6281234567890",
            "0812-3456-7890        | +6281234567890",
            "+62 812 3456 7890     | +6281234567890",
            "(0812) 3456 7890      | +6281234567890",
            "whatsapp:+6281234567890 | +6281234567890",
            "021 3456789           | +62213456789",
            "+14155238886          | +14155238886",
            "whatsapp:+14155238886 | +14155238886",
            "12                    | none",
            "LAPOR                 | none",
            "''                    | none",
    })
    void normalisesToE164(String raw, String expected) {
        assertThat(numbers.toE164(raw).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"081234567890", "+6281234567890", "6281234567890", "whatsapp:+6281234567890"})
    void theWaysOfWritingOneNumberAreOneCitizen(String raw) {
        assertThat(numbers.toE164(raw)).contains("+6281234567890");
    }
}
