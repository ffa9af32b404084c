package id.satupintu.complaint;

/**
 * Published (through the event publication registry) whenever a filed report changes status, and
 * whenever the agency responds, so that the channel the report came from can tell the citizen.
 *
 * @param messageForCitizen the text written for the citizen by whoever acted (the administrator's
 *                          question, the agency's response, the archiving reason), or null
 */
public record ComplaintStatusChanged(String trackingId, ComplaintStatus status, String originChannel,
                                     String senderAddress, String messageForCitizen) {
}
