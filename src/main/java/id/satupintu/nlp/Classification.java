package id.satupintu.nlp;

import id.satupintu.region.RegionMatch;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the classifier read in one message.
 *
 * @param kind                 complaint, aspiration, information request or not a report
 * @param category             the most likely category (LAINNYA for a message that is no report)
 * @param categoryAlternatives the three most likely categories, best first: what to offer when
 *                             {@link #categoryConfident()} is false
 * @param agencyType           the agency type to route to; ADMIN (a human routes it) whenever the
 *                             category is not confident
 * @param region               the place named, if any: kabupaten/kota, most specific region, words
 * @param incidentDate         the day the incident happened, if the message says
 * @param kindConfident        whether the kind's probability reached the threshold chosen on the
 *                             development split (below it, ask whether this is a report)
 * @param categoryConfident    whether the category's probability reached its threshold (below it,
 *                             ask the citizen to choose among the alternatives)
 */
public record Classification(Prediction<Kind> kind, Prediction<Category> category,
                             List<Prediction<Category>> categoryAlternatives, Prediction<AgencyType> agencyType,
                             Optional<RegionMatch> region, Optional<LocalDate> incidentDate,
                             boolean kindConfident, boolean categoryConfident) {

    /** Whether the message is a report to file (not thanks, spam or chit-chat). */
    public boolean isReport() {
        return kind.label().isReport();
    }

    /** Whether the conversation may take kind, category and agency as they are, without asking. */
    public boolean confident() {
        return kindConfident && categoryConfident;
    }
}
