package id.satupintu.agency;

/** The agency a report should go to, with the reason as a code and as a sentence for staff. */
public record RoutingDecision(Agency agency, RoutingReason reason, String explanation) {
}
