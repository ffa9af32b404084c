package id.satupintu.social;

import id.satupintu.nlp.Classification;

/**
 * The triage decision on the classifier's reading of a mention. A message that is no report is
 * never filed. A report is filed at once only when it already holds what and where: a confident
 * kind and category, and a place the gazetteer knows; anything less is an invitation to continue
 * privately, where the conversation asks for the rest.
 */
final class TriageRules {

    private TriageRules() {
    }

    static TriageOutcome decide(Classification c) {
        if (!c.isReport()) {
            return TriageOutcome.NOT_A_REPORT;
        }
        if (c.kindConfident() && c.categoryConfident() && c.region().isPresent()) {
            return TriageOutcome.FILED;
        }
        return TriageOutcome.INVITED;
    }
}
