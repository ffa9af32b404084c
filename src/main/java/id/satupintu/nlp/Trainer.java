package id.satupintu.nlp;

import id.satupintu.region.Gazetteer;
import id.satupintu.region.RegionLookup;
import id.satupintu.region.RegionMatch;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Trains the three models from {@code nlp-models/corpus/train}, picks the thresholds on
 * {@code corpus/dev}, writes {@code models/} and {@code EVALUATION.md}. With {@link #compare} it
 * first measures every algorithm against several feature sets on the dev split
 * ({@code COMPARISON.md}); the configuration in {@link #CHOSEN} is what that comparison picked.
 */
final class Trainer {

    /**
     * An algorithm and the features of each model; {@code notReportWeight} repeats the BUKAN_LAPORAN
     * samples when training the report model (noise must not become a report).
     */
    record Config(String algorithm, FeatureSet report, FeatureSet kind, FeatureSet category, FeatureSet agency,
                  int notReportWeight) {
    }

    static final FeatureSet WORDS_BIGRAMS = new FeatureSet(true, false, 0, 0, 0, true, false);
    static final FeatureSet WORDS_STEMS = new FeatureSet(false, true, 0, 0, 0, true, false);
    static final FeatureSet REPORT = new FeatureSet(true, false, 0, 0, 0, true, true);
    static final Config CHOSEN = new Config("MAXENT_QN", REPORT, WORDS_BIGRAMS, WORDS_STEMS, WORDS_STEMS, 2);

    private static final List<String> ALGORITHMS = List.of("MAXENT_QN", "MAXENT", "NAIVEBAYES", "PERCEPTRON");
    private static final List<FeatureSet> FEATURE_SETS = List.of(
            new FeatureSet(false, false, 0, 0, 0, true, false),
            WORDS_BIGRAMS,
            WORDS_STEMS,
            new FeatureSet(true, true, 0, 0, 0, true, false),
            new FeatureSet(false, true, 0, 0, 5, true, false),
            new FeatureSet(false, false, 4, 4, 0, true, false),
            new FeatureSet(false, true, 0, 0, 0, true, true));
    private static final Training TRAINING_DEFAULTS = new Training("MAXENT_QN", 100, 1);

    private final Path home;
    private final PrintStream out;
    private final Lexicon lexicon;
    private final Normaliser normaliser;
    private final Stemmer stemmer = new Stemmer();
    private final Map<String, Integer> writers;

    /** One corpus line with its normalised text and who wrote it. */
    private record Sample(LabeledMessage message, NormalisedText text, int writer) {
    }

    Trainer(Path home, PrintStream out) {
        this.home = home;
        this.out = out;
        this.lexicon = Lexicon.load(ModelSource.folder(home));
        this.normaliser = new Normaliser(lexicon);
        this.writers = readWriters(home.resolve("corpus/writers.txt"));
    }

    /** Trains with {@link #CHOSEN}, writes the models and EVALUATION.md; returns the dev evaluation. */
    Evaluation train() {
        List<Sample> train = samples("train");
        List<Sample> dev = samples("dev");
        out.printf(Locale.ROOT, "Corpus: %d training and %d development messages%n", train.size(), dev.size());
        Config config = CHOSEN;
        long start = System.nanoTime();
        DoccatModel report = fit("report or not", config, config.report(), train, s -> true,
                m -> m.kind().equals(Kind.BUKAN_LAPORAN.name()) ? m.kind() : "LAPORAN", config.notReportWeight());
        DoccatModel kind = fit("kind of report", config, config.kind(), train, Trainer::isReport, LabeledMessage::kind, 1);
        DoccatModel category = fit("category", config, config.category(), train, Trainer::isReport,
                LabeledMessage::category, 1);
        DoccatModel agency = fit("agency_type", config, config.agency(), train, s -> true, LabeledMessage::agencyType, 1);
        var provisional = new Settings(config.report(), config.kind(), config.category(), config.agency(), 0.5, 0, 0, agenciesSeen(train));
        RegionLookup regions = RegionLookup.load(Gazetteer.loadDefault(),
                name -> Files.newInputStream(home.resolve("lexicon").resolve(name)));
        var classifier = new Classifier(lexicon, new ModelSet(report, kind, category, agency, provisional), regions);

        out.println("Choosing thresholds on the development split ...");
        List<Readings> readings = dev.stream().map(s -> classifier.read(s.message().text(), s.message().channel())).toList();
        Settings settings = chooseThresholds(provisional, dev, readings);
        out.printf(Locale.ROOT, "  not-report %.2f, kind %.2f, category %.2f%n", settings.notReport(), settings.kind(),
                settings.category());
        var models = new ModelSet(report, kind, category, agency, settings);
        models.save(home.resolve("models"));
        out.println("Wrote " + home.resolve("models"));

        List<Evaluation.Answer> answers = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
            Readings.Decision d = readings.get(i).decide(settings);
            answers.add(new Evaluation.Answer(d.kind().label().name(), d.category().label().name(),
                    d.agency().label().name(), regions.findIn(dev.get(i).message().text())
                    .map(RegionMatch::regency).map(r -> r.name()).orElse(null)));
        }
        Evaluation evaluation = Evaluation.of(dev.stream().map(Sample::message).toList(), answers);
        writeReport(config, settings, train, dev, answers, evaluation, (System.nanoTime() - start) / 1_000_000_000);
        out.print(evaluation.summary());
        return evaluation;
    }

    private DoccatModel fit(String field, Config config, FeatureSet features, List<Sample> train,
                            Predicate<Sample> use, Function<LabeledMessage, String> label, int notReportWeight) {
        long start = System.nanoTime();
        out.printf(Locale.ROOT, "Training %s: %s over %s ...%n", field, config.algorithm(), features);
        DoccatModel model = fit(new Training(config.algorithm(), TRAINING_DEFAULTS.iterations(), TRAINING_DEFAULTS.cutoff()),
                features, train, use, label, notReportWeight);
        out.printf(Locale.ROOT, "  done in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return model;
    }

    private DoccatModel fit(Training training, FeatureSet features, List<Sample> train, Predicate<Sample> use,
                            Function<LabeledMessage, String> label, int notReportWeight) {
        var x = new ArrayList<String[]>();
        var y = new ArrayList<String>();
        for (Sample s : train) {
            if (!use.test(s)) {
                continue;
            }
            String[] f = features.extract(s.text(), s.message().channel(), stemmer);
            int copies = s.message().kind().equals(Kind.BUKAN_LAPORAN.name()) ? notReportWeight : 1;
            for (int c = 0; c < copies; c++) {
                x.add(f);
                y.add(label.apply(s.message()));
            }
        }
        return training.train(x, y);
    }

    private static boolean isReport(Sample s) {
        return !s.message().kind().equals(Kind.BUKAN_LAPORAN.name());
    }

    private static Map<Category, Set<AgencyType>> agenciesSeen(List<Sample> train) {
        var seen = new EnumMap<Category, Set<AgencyType>>(Category.class);
        for (Category c : Category.values()) {
            seen.put(c, EnumSet.noneOf(AgencyType.class));
        }
        train.forEach(s -> seen.get(Category.valueOf(s.message().category())).add(AgencyType.valueOf(s.message().agencyType())));
        seen.forEach((c, a) -> {
            if (a.isEmpty()) {
                a.add(c.defaultAgencyType());
            }
        });
        return seen;
    }

    /**
     * Not-report: the highest threshold that reaches BUKAN_LAPORAN recall 0.95 at precision 0.90,
     * else the one with the best kind macro-F1. Category: the highest threshold whose agency macro-F1
     * (ADMIN below it) stays within 0.005 of the best. Kind: the lowest threshold above which kinds are
     * 95% right.
     */
    private Settings chooseThresholds(Settings provisional, List<Sample> dev, List<Readings> readings) {
        double bestNotReport = 0.5;
        double bestKindF1 = -1;
        boolean targetMet = false;
        for (int t = 50; t >= 5; t -= 5) {
            Settings s = provisional.withThresholds(t / 100.0, 0, 0);
            Scores kinds = score(dev, readings, s, d -> d.kind().label().name(), LabeledMessage::kind);
            Scores.ClassScore notReport = kinds.perClass().get(Kind.BUKAN_LAPORAN.name());
            boolean meets = notReport != null && notReport.recall() >= 0.95 && notReport.precision() >= 0.90;
            if (meets && !targetMet || meets == targetMet && kinds.macroF1() > bestKindF1 + 1e-9) {
                bestNotReport = t / 100.0;
                bestKindF1 = kinds.macroF1();
                targetMet = meets;
            }
        }
        double notReport = bestNotReport;
        double bestAgencyF1 = -1;
        var agencyF1 = new TreeMap<Integer, Double>();
        for (int t = 0; t <= 60; t += 5) {
            Scores agencies = score(dev, readings, provisional.withThresholds(notReport, 0, t / 100.0),
                    d -> d.agency().label().name(), LabeledMessage::agencyType);
            agencyF1.put(t, agencies.macroF1());
            bestAgencyF1 = Math.max(bestAgencyF1, agencies.macroF1());
        }
        double best = bestAgencyF1;
        int category = agencyF1.entrySet().stream().filter(e -> e.getValue() >= best - 0.005)
                .mapToInt(Map.Entry::getKey).max().orElse(0);
        double kind = 0;
        for (int t = 0; t <= 95; t += 5) {
            int right = 0;
            int sure = 0;
            for (int i = 0; i < dev.size(); i++) {
                Readings.Decision d = readings.get(i).decide(provisional.withThresholds(notReport, 0, 0));
                if (d.kind().confidence() >= t / 100.0) {
                    sure++;
                    right += d.kind().label().name().equals(dev.get(i).message().kind()) ? 1 : 0;
                }
            }
            if (sure > 0 && right >= 0.95 * sure) {
                kind = t / 100.0;
                break;
            }
        }
        return provisional.withThresholds(notReport, kind, category / 100.0);
    }

    private static Scores score(List<Sample> dev, List<Readings> readings, Settings settings,
                                Function<Readings.Decision, String> predicted, Function<LabeledMessage, String> gold) {
        var g = new ArrayList<String>();
        var p = new ArrayList<String>();
        for (int i = 0; i < dev.size(); i++) {
            g.add(gold.apply(dev.get(i).message()));
            p.add(predicted.apply(readings.get(i).decide(settings)));
        }
        return Scores.of(g, p);
    }

    /**
     * Each algorithm with each feature set, one model at a time, scored on the dev split (kind and
     * agency type on all messages, category on the reports); writes COMPARISON.md.
     */
    void compare() {
        List<Sample> train = samples("train");
        List<Sample> dev = samples("dev");
        var report = new StringBuilder("""
                # Algorithm and feature comparison

                Written by `java -jar target/satupintu.jar nlp train --compare`. Each model is trained alone on
                `corpus/train` and scored on `corpus/dev` by its own field: report or not (BUKAN_LAPORAN against
                the rest), kind and agency type on every message
                (agency type as the model's own best guess, before the category narrows it), category on the
                reports only (the classifier sets LAINNYA for what is no report). Macro-F1 over the dev split,
                with the macro-F1 of each writer's dev lines after it (w1..w4) and the training time.
                """);
        report.append(String.format(Locale.ROOT, "%nCorpus: %d training and %d development messages.%n", train.size(), dev.size()));
        Map<String, Function<LabeledMessage, String>> fields = new LinkedHashMap<>();
        fields.put("report or not", m -> m.kind().equals(Kind.BUKAN_LAPORAN.name()) ? m.kind() : "LAPORAN");
        fields.put("kind", LabeledMessage::kind);
        fields.put("category", LabeledMessage::category);
        fields.put("agency_type", LabeledMessage::agencyType);
        for (var field : fields.entrySet()) {
            Predicate<Sample> use = field.getKey().equals("category") ? Trainer::isReport : s -> true;
            List<Sample> scored = dev.stream().filter(use).toList();
            report.append("\n## ").append(field.getKey()).append("\n\n| algorithm | features | macro-F1 | accuracy | w1 | w2 | w3 | w4 | seconds |\n")
                    .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (String algorithm : ALGORITHMS) {
                for (FeatureSet features : FEATURE_SETS) {
                    long start = System.nanoTime();
                    var training = new Training(algorithm, TRAINING_DEFAULTS.iterations(), TRAINING_DEFAULTS.cutoff());
                    DoccatModel model = fit(training, features, train, use, field.getValue(), 1);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    var cat = new DocumentCategorizerME(model);
                    var gold = new ArrayList<String>();
                    var predicted = new ArrayList<String>();
                    var byWriter = new TreeMap<Integer, List<List<String>>>();
                    for (Sample s : scored) {
                        String g = field.getValue().apply(s.message());
                        String p = cat.getBestCategory(cat.categorize(features.extract(s.text(), s.message().channel(), stemmer)));
                        gold.add(g);
                        predicted.add(p);
                        var w = byWriter.computeIfAbsent(s.writer(), k -> List.of(new ArrayList<>(), new ArrayList<>()));
                        w.get(0).add(g);
                        w.get(1).add(p);
                    }
                    Scores scores = Scores.of(gold, predicted);
                    var line = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.4f | %.4f |", algorithm, features,
                            scores.macroF1(), scores.accuracy()));
                    for (int w = 1; w <= 4; w++) {
                        List<List<String>> gp = byWriter.get(w);
                        line.append(gp == null ? " – |" : String.format(Locale.ROOT, " %.3f |", Scores.of(gp.get(0), gp.get(1)).macroF1()));
                    }
                    line.append(String.format(Locale.ROOT, " %.0f |%n", seconds));
                    report.append(line);
                    out.print(field.getKey() + " " + line);
                }
            }
        }
        write(home.resolve("COMPARISON.md"), report.toString());
    }

    private List<Sample> samples(String split) {
        var samples = new ArrayList<Sample>();
        Corpus.readFiles(home.resolve("corpus").resolve(split)).forEach((file, messages) -> {
            int writer = writers.getOrDefault(file, 0);
            messages.forEach(m -> samples.add(new Sample(m, normaliser.normalise(m.text()), writer)));
        });
        return samples;
    }

    private static Map<String, Integer> readWriters(Path file) {
        var writers = new TreeMap<String, Integer>();
        if (!Files.exists(file)) {
            return writers;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                int writer = Integer.parseInt(line.substring(0, colon).strip());
                for (String name : line.substring(colon + 1).strip().split("\\s+")) {
                    writers.put(name, writer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return writers;
    }

    private void writeReport(Config config, Settings settings, List<Sample> train, List<Sample> dev,
                             List<Evaluation.Answer> answers, Evaluation e, long seconds) {
        var r = new StringBuilder("# NLP evaluation (development split)\n\n");
        r.append("Written by `java -jar target/satupintu.jar nlp train`; `nlp evaluate --data nlp-models/corpus/dev` ")
                .append("reproduces the figures (the dev files are read in name order).\n\n");
        r.append(String.format(Locale.ROOT, "Corpus: %d training and %d development messages, trained in %d s.%n%n",
                train.size(), dev.size(), seconds));
        r.append("## Configuration\n\n");
        r.append(String.format(Locale.ROOT, """
                | model | algorithm | features | trained on |
                | --- | --- | --- | --- |
                | report or not | %s | %s | all training messages, BUKAN_LAPORAN counted %d× |
                | kind of report | %s | %s | the reports: PENGADUAN, ASPIRASI, PERMINTAAN_INFORMASI |
                | category | %s | %s | the reports (BUKAN_LAPORAN is always LAINNYA) |
                | agency_type | %s | %s | all training messages; the answer is the likeliest agency type seen with the chosen category |
                """, config.algorithm(), config.report(), config.notReportWeight(), config.algorithm(), config.kind(),
                config.algorithm(), config.category(),
                config.algorithm(), config.agency()));
        r.append(String.format(Locale.ROOT, """

                Thresholds chosen on this split: a message is BUKAN_LAPORAN when its probability reaches %.2f; the
                kind counts as confident from %.2f; below a category probability of %.2f the agency type falls back
                to ADMIN and the conversation asks the citizen to choose among the top three categories.
                Why this configuration: see COMPARISON.md (`nlp train --compare`).
                """, settings.notReport(), settings.kind(), settings.category()));
        Scores.ClassScore notReport = e.kind().perClass().get(Kind.BUKAN_LAPORAN.name());
        r.append("\n## Targets\n\n| figure | target | result | |\n| --- | ---: | ---: | --- |\n");
        target(r, "kind macro-F1", 0.90, e.kind().macroF1());
        target(r, "category macro-F1", 0.90, e.category().macroF1());
        target(r, "agency_type macro-F1", 0.88, e.agency().macroF1());
        target(r, "region exact accuracy", 0.92, e.region().accuracy());
        target(r, "BUKAN_LAPORAN recall", 0.95, notReport == null ? 0 : notReport.recall());
        target(r, "BUKAN_LAPORAN precision", 0.90, notReport == null ? 0 : notReport.precision());
        r.append("\n## By writer\n\nThe dev lines of each writer's files (kind, category and agency type as macro-F1).\n\n")
                .append("| writer | messages | kind | category | agency_type | region accuracy |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        var byWriter = new TreeMap<Integer, List<Integer>>();
        for (int i = 0; i < dev.size(); i++) {
            byWriter.computeIfAbsent(dev.get(i).writer(), k -> new ArrayList<>()).add(i);
        }
        byWriter.forEach((w, idx) -> {
            Evaluation we = Evaluation.of(idx.stream().map(i -> dev.get(i).message()).toList(),
                    idx.stream().map(answers::get).toList());
            r.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.4f |%n", w == 0 ? "unknown" : w,
                    we.n(), we.kind().macroF1(), we.category().macroF1(), we.agency().macroF1(), we.region().accuracy()));
        });
        section(r, "Kind", e.kind());
        section(r, "Category", e.category());
        section(r, "Agency type", e.agency());
        r.append(String.format(Locale.ROOT, "%n## Region%n%nExact kabupaten/kota (null counts as a label): accuracy %.4f over %d messages.%n",
                e.region().accuracy(), e.n()));
        write(home.resolve("EVALUATION.md"), r.toString());
        out.println("Wrote " + home.resolve("EVALUATION.md"));
    }

    private static void target(StringBuilder r, String name, double target, double value) {
        r.append(String.format(Locale.ROOT, "| %s | %.2f | %.4f | %s |%n", name, target, value, value >= target ? "met" : "missed"));
    }

    private static void section(StringBuilder r, String title, Scores s) {
        r.append(String.format(Locale.ROOT, "%n## %s%n%nAccuracy %.4f, macro-F1 %.4f.%n%n", title, s.accuracy(), s.macroF1()))
                .append(Evaluation.classTable(s))
                .append("\nConfusion matrix (rows: gold, columns: predicted, numbered as the rows):\n\n")
                .append(Evaluation.confusionTable(s));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
