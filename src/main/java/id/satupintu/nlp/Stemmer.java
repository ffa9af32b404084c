package id.satupintu.nlp;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lucene's Indonesian stemmer (prefixes and suffixes: "pelayanannya" → layan) over words that are
 * already normalised. Lucene's analyzer keeps one token stream per thread, so this is thread-safe.
 */
final class Stemmer implements AutoCloseable {

    private static final int MAX_KNOWN = 200_000;

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new WhitespaceTokenizer();
            return new TokenStreamComponents(words, new IndonesianStemFilter(words, true));
        }
    };

    /** Stems already found; bounded, since every new spelling of every message would add one. */
    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** The stems of {@code words}, one for each word, in order. */
    List<String> stems(List<String> words) {
        var stems = new ArrayList<String>(words.size());
        var unknown = new ArrayList<String>();
        for (String word : words) {
            String stem = known.get(word);
            stems.add(stem);
            if (stem == null) {
                unknown.add(word);
            }
        }
        if (unknown.isEmpty()) {
            return stems;
        }
        List<String> found = analyse(unknown);
        for (int i = 0, f = 0; i < stems.size(); i++) {
            if (stems.get(i) == null) {
                String stem = f < found.size() ? found.get(f++) : words.get(i);
                stems.set(i, stem);
                if (known.size() < MAX_KNOWN) {
                    known.put(words.get(i), stem);
                }
            }
        }
        return stems;
    }

    private List<String> analyse(List<String> words) {
        var stems = new ArrayList<String>(words.size());
        try (TokenStream stream = analyzer.tokenStream("text", String.join(" ", words))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e);
        }
        return stems;
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
