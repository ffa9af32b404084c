package id.satupintu.nlp;

import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What goes with the model files: the features each reads, the thresholds chosen on the
 * development split, and which agency types each category was seen with in training (the agency
 * model only chooses among those).
 *
 * @param notReport  a message is BUKAN_LAPORAN when that probability reaches this, even if another
 *                   kind scores higher: noise must not become a report
 * @param kind       below this the kind is not confident
 * @param category   below this the category is not confident and the agency falls back to ADMIN
 */
record Settings(FeatureSet reportFeatures, FeatureSet kindFeatures, FeatureSet categoryFeatures, FeatureSet agencyFeatures,
                double notReport, double kind, double category, Map<Category, Set<AgencyType>> agencies) {

    Properties toProperties() {
        var p = new Properties();
        reportFeatures.store(p, "report.features.");
        kindFeatures.store(p, "kind.features.");
        categoryFeatures.store(p, "category.features.");
        agencyFeatures.store(p, "agency.features.");
        p.setProperty("threshold.not-report", Double.toString(notReport));
        p.setProperty("threshold.kind", Double.toString(kind));
        p.setProperty("threshold.category", Double.toString(category));
        agencies.forEach((c, a) -> p.setProperty("agencies." + c.name(),
                a.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
        return p;
    }

    static Settings of(Properties p) {
        var agencies = new EnumMap<Category, Set<AgencyType>>(Category.class);
        for (Category c : Category.values()) {
            String listed = p.getProperty("agencies." + c.name());
            agencies.put(c, listed == null || listed.isBlank() ? EnumSet.of(c.defaultAgencyType())
                    : Arrays.stream(listed.split(",")).map(AgencyType::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgencyType.class))));
        }
        return new Settings(FeatureSet.load(p, "report.features."), FeatureSet.load(p, "kind.features."), FeatureSet.load(p, "category.features."),
                FeatureSet.load(p, "agency.features."), Double.parseDouble(p.getProperty("threshold.not-report")),
                Double.parseDouble(p.getProperty("threshold.kind")), Double.parseDouble(p.getProperty("threshold.category")),
                agencies);
    }

    Settings withThresholds(double notReport, double kind, double category) {
        return new Settings(reportFeatures, kindFeatures, categoryFeatures, agencyFeatures, notReport, kind, category, agencies);
    }
}
