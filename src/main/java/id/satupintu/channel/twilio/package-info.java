/**
 * SMS and WhatsApp through Twilio, behind the channel-neutral {@link id.satupintu.channel.Inbox}
 * and {@link id.satupintu.channel.ChannelSender}. It knows Twilio and nothing of the conversation.
 *
 * <p>Off without {@code TWILIO_ACCOUNT_SID} and {@code TWILIO_AUTH_TOKEN}; SMS needs
 * {@code TWILIO_SMS_FROM}, WhatsApp {@code TWILIO_WHATSAPP_FROM}. The parts:
 * <ul>
 * <li>{@link id.satupintu.channel.twilio.TwilioWebhookController}: the two webhooks, answered
 *     quickly (empty TwiML for messages, 204 for status callbacks);</li>
 * <li>{@link id.satupintu.channel.twilio.TwilioSignatures}: {@code X-Twilio-Signature} over the
 *     public URL and the body's parameters, with the SDK's validator;</li>
 * <li>{@link id.satupintu.channel.twilio.TwilioInbound}: a webhook request to an inbound message
 *     (E.164 sender, WhatsApp profile name, media, location, numbered answers mapped back to the
 *     offered choice), the opt-out keywords, and status callbacks to outbound statuses;</li>
 * <li>{@link id.satupintu.channel.twilio.TwilioSender}: the Messages API for the outbox, with
 *     WhatsApp's 24-hour window and the template outside it, and Twilio's errors as deliveries;</li>
 * <li>{@link id.satupintu.channel.twilio.TwilioHttpClient} and
 *     {@link id.satupintu.channel.twilio.TwilioUrls}: one attempt per call, {@code Retry-After},
 *     and {@code TWILIO_API_URL} in place of Twilio's hosts.</li>
 * </ul>
 */
package id.satupintu.channel.twilio;
