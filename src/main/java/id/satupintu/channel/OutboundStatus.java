package id.satupintu.channel;

import java.util.EnumSet;
import java.util.Set;

/** Where an outbound message is on its way to the citizen. */
public enum OutboundStatus {
    /** Waiting to be sent (for the web chat: waiting for the page to fetch it). */
    QUEUED,
    /** The provider took it (or, for the web chat, it was answered in the response). */
    SENT,
    DELIVERED,
    READ,
    /** Given up: a permanent provider error or too many failed attempts. */
    FAILED,
    /** The provider reported it could not be delivered after taking it. */
    UNDELIVERED,
    /** Not sent on purpose: the citizen opted out of notifications or cannot be reached. */
    SUPPRESSED;

    /**
     * The statuses a provider callback may move a message out of into this one. Callbacks arrive
     * out of order (Twilio may report "delivered" after "read"), so a status never goes back.
     */
    Set<OutboundStatus> reachableFrom() {
        return switch (this) {
            case QUEUED, SUPPRESSED -> EnumSet.noneOf(OutboundStatus.class);
            case SENT -> EnumSet.of(QUEUED);
            case DELIVERED, FAILED, UNDELIVERED -> EnumSet.of(QUEUED, SENT);
            case READ -> EnumSet.of(QUEUED, SENT, DELIVERED);
        };
    }
}
