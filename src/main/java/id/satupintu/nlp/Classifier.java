package id.satupintu.nlp;

import id.satupintu.channel.Channel;
import id.satupintu.region.Gazetteer;
import id.satupintu.region.RegionLookup;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a citizen's message: kind, category and agency type (OpenNLP document categorizers over
 * normalised text), the place and the incident date. Load once, share everywhere: it is
 * immutable and thread-safe.
 */
public final class Classifier {

    private static final Comparator<Prediction<?>> BEST_FIRST =
            Comparator.comparingDouble((Prediction<?> p) -> p.confidence()).reversed();

    private final Normaliser normaliser;
    private final Stemmer stemmer = new Stemmer();
    private final Model report;
    private final Model kind;
    private final Model category;
    private final Model agency;
    private final Settings settings;
    private final RegionLookup regions;

    /** One categorizer with the features it reads. OpenNLP's models evaluate without shared state. */
    private record Model(MaxentModel model, FeatureSet features) {

        double[] probabilities(String[] features) {
            return model.eval(features);
        }
    }

    Classifier(Lexicon lexicon, ModelSet models, RegionLookup regions) {
        this.normaliser = new Normaliser(lexicon);
        this.settings = models.settings();
        this.report = model(models.report(), settings.reportFeatures());
        this.kind = model(models.kind(), settings.kindFeatures());
        this.category = model(models.category(), settings.categoryFeatures());
        this.agency = model(models.agency(), settings.agencyFeatures());
        this.regions = regions;
    }

    private static Model model(DoccatModel model, FeatureSet features) {
        return new Model(model.getMaxentModel(), features);
    }

    /** The classifier the jar carries (models, lexicons and gazetteer on the classpath). */
    public static Classifier loadDefault() {
        return load(ModelSource.classpath(), RegionLookup.loadDefault(Gazetteer.loadDefault()));
    }

    /** A classifier over the models and lexicons of {@code source}, finding places with {@code regions}. */
    public static Classifier load(ModelSource source, RegionLookup regions) {
        return new Classifier(Lexicon.load(source), ModelSet.load(source), regions);
    }

    /**
     * @param channel    where the message came from (the models may read it), or null if unknown
     * @param receivedAt when it arrived: "kemarin" and "3 hari lalu" count from there
     */
    public Classification classify(String text, Channel channel, Instant receivedAt) {
        Readings readings = read(text, channel == null ? null : channel.code());
        Readings.Decision decision = readings.decide(settings);
        List<Prediction<Category>> categories = readings.categories();
        return new Classification(decision.kind(), decision.category(), List.copyOf(categories.subList(0, Math.min(3,
                categories.size()))), decision.agency(), regions.findIn(text), IncidentDates.find(text, receivedAt),
                decision.kindConfident(), decision.categoryConfident());
    }

    /**
     * The models' probabilities; what the models' features share is worked out once. The kind of a
     * report is P(report) × P(kind | report); BUKAN_LAPORAN gets the rest.
     */
    Readings read(String text, String channelCode) {
        var parts = new FeatureSet.Parts(normaliser.normalise(text), channelCode, stemmer);
        double[] isReport = report.probabilities(report.features().extract(parts));
        double notReport = isReport[report.model().getIndex(Kind.BUKAN_LAPORAN.name())];
        String[] kindFeatures = kind.features().extract(parts);
        String[] categoryFeatures = category.features().equals(kind.features()) ? kindFeatures
                : category.features().extract(parts);
        String[] agencyFeatures = agency.features().equals(category.features()) ? categoryFeatures
                : agency.features().extract(parts);
        var kinds = new ArrayList<Prediction<Kind>>(4);
        kinds.add(new Prediction<>(Kind.BUKAN_LAPORAN, notReport));
        ranked(kind, kindFeatures, Kind::valueOf).forEach(p -> kinds.add(new Prediction<>(p.label(), (1 - notReport) * p.confidence())));
        kinds.sort(BEST_FIRST);
        return new Readings(List.copyOf(kinds), ranked(category, categoryFeatures, Category::valueOf),
                ranked(agency, agencyFeatures, AgencyType::valueOf));
    }

    private static <T> List<Prediction<T>> ranked(Model model, String[] features, Function<String, T> label) {
        double[] p = model.probabilities(features);
        var ranked = new ArrayList<Prediction<T>>(p.length);
        for (int i = 0; i < p.length; i++) {
            ranked.add(new Prediction<>(label.apply(model.model().getOutcome(i)), p[i]));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }
}
