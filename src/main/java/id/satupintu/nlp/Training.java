package id.satupintu.nlp;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Trains one OpenNLP document categorizer over features extracted beforehand. Deterministic. */
record Training(String algorithm, int iterations, int cutoff) {

    DoccatModel train(List<String[]> features, List<String> labels) {
        var samples = new ArrayList<DocumentSample>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            samples.add(new DocumentSample(labels.get(i), features.get(i)));
        }
        var parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // In memory: the default two-pass indexer spools every event through a temporary file.
        parameters.put("DataIndexer", "OnePass");
        try {
            return DocumentCategorizerME.train("id", ObjectStreamUtils.createObjectStream(samples), parameters,
                    new DoccatFactory(new FeatureGenerator[]{new PreparedFeatures()}));
        } catch (IOException e) {
            throw new UncheckedIOException("Training on in-memory samples failed", e);
        }
    }
}
