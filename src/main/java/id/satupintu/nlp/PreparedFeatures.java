package id.satupintu.nlp;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Hands the features {@link FeatureSet} prepared to OpenNLP unchanged. OpenNLP records the
 * generator's class name in every model file and creates it by reflection when the model is read,
 * which is why this one class is public; nothing else should use it.
 */
public final class PreparedFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] features, Map<String, Object> extraInformation) {
        return Arrays.asList(features);
    }
}
