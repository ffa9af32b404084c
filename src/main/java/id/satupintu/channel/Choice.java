package id.satupintu.channel;

/**
 * An answer the citizen can pick instead of typing. {@code value} comes back as
 * {@link InboundMessage#choice()} (at most 64 bytes: Telegram's callback data limit); channels
 * without buttons show the label as a numbered option and map the number back to the value.
 */
public record Choice(String value, String label) {
}
