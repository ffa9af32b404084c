package id.satupintu.nlp;

import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;

import java.util.List;

/**
 * The models' probabilities for one message, best first, before any threshold applies;
 * {@link #decide} turns them into the answer. Kept apart so that thresholds can be tuned on the
 * development split without reading every message again.
 */
record Readings(List<Prediction<Kind>> kinds, List<Prediction<Category>> categories,
                List<Prediction<AgencyType>> agencies) {

    record Decision(Prediction<Kind> kind, Prediction<Category> category, Prediction<AgencyType> agency,
                    boolean kindConfident, boolean categoryConfident) {
    }

    Decision decide(Settings settings) {
        Prediction<Kind> notReport = kinds.stream().filter(p -> p.label() == Kind.BUKAN_LAPORAN).findFirst().orElseThrow();
        Prediction<Kind> kind = notReport.confidence() >= settings.notReport() ? notReport
                : kinds.stream().filter(p -> p.label() != Kind.BUKAN_LAPORAN).findFirst().orElseThrow();
        boolean kindConfident = kind.confidence() >= settings.kind();
        if (!kind.label().isReport()) {
            return new Decision(kind, new Prediction<>(Category.LAINNYA, kind.confidence()),
                    new Prediction<>(AgencyType.ADMIN, kind.confidence()), kindConfident, true);
        }
        Prediction<Category> category = categories.getFirst();
        if (category.confidence() < settings.category()) {
            return new Decision(kind, category, new Prediction<>(AgencyType.ADMIN, 1 - category.confidence()),
                    kindConfident, false);
        }
        return new Decision(kind, category, agencyFor(category, settings), kindConfident, true);
    }

    /**
     * The likeliest agency type among those the category was seen with in training (PLN or PDAM for
     * UTILITAS), its confidence the category's times the agency's share among those.
     */
    private Prediction<AgencyType> agencyFor(Prediction<Category> category, Settings settings) {
        var allowed = settings.agencies().get(category.label());
        double mass = agencies.stream().filter(p -> allowed.contains(p.label())).mapToDouble(Prediction::confidence).sum();
        return agencies.stream().filter(p -> allowed.contains(p.label())).findFirst()
                .map(p -> new Prediction<>(p.label(), category.confidence() * (mass > 0 ? p.confidence() / mass : 1)))
                .orElse(new Prediction<>(category.label().defaultAgencyType(), category.confidence()));
    }
}
