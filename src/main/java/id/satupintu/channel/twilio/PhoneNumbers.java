package id.satupintu.channel.twilio;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/**
 * Phone numbers in one form, E.164 ({@code +6281234567890}), so that 0812..., +62812... and
 * 62812... are one citizen: the id of their SMS and WhatsApp addresses.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    /** @param defaultRegion the country of numbers written without a country code, e.g. {@code ID} */
    PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /**
     * The E.164 form of a number as people and providers write it: national ({@code 0812-3456-7890}),
     * international with or without the plus, with spaces, dashes or a {@code whatsapp:} prefix.
     *
     * @return empty when it is no possible phone number
     */
    Optional<String> toE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String number = raw.strip();
        if (number.startsWith(TwilioProperties.WHATSAPP_PREFIX)) {
            number = number.substring(TwilioProperties.WHATSAPP_PREFIX.length());
        }
        try {
            PhoneNumber parsed = UTIL.parse(number, defaultRegion);
            if (!UTIL.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
