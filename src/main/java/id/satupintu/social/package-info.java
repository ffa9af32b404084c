/**
 * Social-media mentions: citizens who tag an agency's account on X, Instagram or Facebook get the
 * same door as everyone else, and agencies see their tags in one feed.
 *
 * <p>How mentions arrive (each stored once per post, then triaged in the background):
 * <ul>
 * <li>X: {@link id.satupintu.social.XMentionPoller} polls each monitored account's mentions
 *     timeline (X API v2) with since_id, pagination and the rate-limit headers;</li>
 * <li>Instagram and Facebook: {@link id.satupintu.social.MetaWebhookController} at
 *     {@code /webhooks/meta}, signed with {@code X-Hub-Signature-256};</li>
 * <li>without the platforms' APIs: staff submit a post's link ({@code POST /api/v1/mentions}) and
 *     social-listening tools forward mentions to {@code POST /webhooks/mentions}.</li>
 * </ul>
 * {@link id.satupintu.social.MentionTriage} classifies each and decides with
 * {@link id.satupintu.social.TriageRules}: keep it for the feed, invite the citizen to a private
 * chat through a hand-off code, or file it at once, routed to the competent agency. Public replies
 * go through the outbox; {@link id.satupintu.social.PublicReplySender} is the one interface behind
 * which each platform posts them.
 */
package id.satupintu.social;
