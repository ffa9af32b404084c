package id.satupintu.nlp;

import id.satupintu.region.RegionLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * The {@link Classifier}, loaded once: from {@code satupintu.nlp.model-dir} (a folder laid out like
 * {@code nlp-models/}, with models/ and lexicon/) when set, else from the models the jar carries.
 */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NlpConfiguration.class);

    @Bean
    Classifier classifier(RegionLookup regions, @Value("${satupintu.nlp.model-dir:}") String modelDir) {
        long start = System.nanoTime();
        Classifier classifier = modelDir.isBlank() ? Classifier.load(ModelSource.classpath(), regions)
                : Classifier.load(ModelSource.folder(Path.of(modelDir)), regions);
        log.info("NLP models loaded from {} in {} ms", modelDir.isBlank() ? "the classpath" : modelDir,
                (System.nanoTime() - start) / 1_000_000);
        return classifier;
    }
}
