package id.satupintu.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the NLP data (models/, lexicon/, gazetteer/) is read from: the copy the jar carries, or a
 * folder laid out like {@code nlp-models/}.
 */
@FunctionalInterface
public interface ModelSource {

    /** Opens a file by its path relative to the {@code nlp-models} folder, e.g. {@code lexicon/slang.txt}. */
    InputStream open(String relativePath) throws IOException;

    static ModelSource classpath() {
        return path -> {
            InputStream in = ModelSource.class.getClassLoader().getResourceAsStream("nlp-models/" + path);
            if (in == null) {
                throw new NoSuchFileException("nlp-models/" + path + " (classpath)");
            }
            return in;
        };
    }

    static ModelSource folder(Path folder) {
        return path -> Files.newInputStream(folder.resolve(path));
    }
}
