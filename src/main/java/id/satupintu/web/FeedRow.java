package id.satupintu.web;

import id.satupintu.social.Mention;
import id.satupintu.social.Mentions;

import java.util.Set;

/**
 * One mention in the feed, with what the page needs beside it.
 *
 * @param link          the post's address, only when it is a web address (a forwarded mention's
 *                      URL is the sender's text, and a {@code javascript:} link must not become one)
 * @param tagged        the tagged account ("@handle") and its agency's name
 * @param routedTo      the agency the report went to, when that is not the tagged one; else null
 */
record FeedRow(Mention mention, FeedOutcome outcome, Set<Mentions.Action> actions, String link, String tagged,
               String taggedAgency, String routedTo) {

    /** Whether the viewer may take the action ({@code REPORT}, {@code IGNORE}); for the template. */
    public boolean may(String action) {
        return actions.contains(Mentions.Action.valueOf(action));
    }

    static String webLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }
}
