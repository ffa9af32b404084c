package id.satupintu.nlp;

import opennlp.tools.doccat.DoccatModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The trained categorizers and their settings, as stored in {@code nlp-models/models/}: whether a
 * message is a report at all, which kind of report, its category and its agency type.
 */
record ModelSet(DoccatModel report, DoccatModel kind, DoccatModel category, DoccatModel agency, Settings settings) {

    static final String REPORT = "report.bin";
    static final String KIND = "kind.bin";
    static final String CATEGORY = "category.bin";
    static final String AGENCY = "agency.bin";
    static final String SETTINGS = "classifier.properties";

    static ModelSet load(ModelSource source) {
        try {
            return new ModelSet(model(source, REPORT), model(source, KIND), model(source, CATEGORY), model(source, AGENCY), settings(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the NLP models (run 'nlp train'?)", e);
        }
    }

    private static DoccatModel model(ModelSource source, String file) throws IOException {
        try (InputStream in = source.open("models/" + file)) {
            return new DoccatModel(in);
        }
    }

    private static Settings settings(ModelSource source) throws IOException {
        var p = new Properties();
        try (InputStream in = source.open("models/" + SETTINGS)) {
            p.load(in);
        }
        return Settings.of(p);
    }

    void save(Path folder) {
        try {
            Files.createDirectories(folder);
            save(report, folder.resolve(REPORT));
            save(kind, folder.resolve(KIND));
            save(category, folder.resolve(CATEGORY));
            save(agency, folder.resolve(AGENCY));
            // Sorted and without the date Properties.store adds: the same corpus gives the same file.
            Properties p = settings.toProperties();
            var lines = new StringBuilder("# Written by 'nlp train': the features and thresholds of the models here\n");
            p.stringPropertyNames().stream().sorted().forEach(k -> lines.append(k).append('=').append(p.getProperty(k)).append('\n'));
            Files.writeString(folder.resolve(SETTINGS), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the models to " + folder, e);
        }
    }

    private static void save(DoccatModel model, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }
}
