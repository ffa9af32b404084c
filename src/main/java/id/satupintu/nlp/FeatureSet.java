package id.satupintu.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Which features a model reads from a {@link NormalisedText}: always the words, optionally word
 * bigrams, stems, character n-grams of the words (for slang and typos), word prefixes, the marks and
 * the channel.
 * Chosen by measurement on the development split (see nlp-models/EVALUATION.md) and stored with
 * the models, so that classification extracts exactly what training did.
 */
record FeatureSet(boolean bigrams, boolean stems, int charMin, int charMax, int prefix, boolean marks,
                  boolean channel) {

    String[] extract(NormalisedText text, String channelCode, Stemmer stemmer) {
        return extract(new Parts(text, channelCode, stemmer));
    }

    /** The features of this set, from parts that may be shared with the other models' sets. */
    String[] extract(Parts parts) {
        var features = new ArrayList<String>(parts.text.words().size() * 8);
        features.addAll(parts.words());
        if (bigrams) {
            features.addAll(parts.bigrams());
        }
        if (stems) {
            features.addAll(parts.stems());
        }
        if (charMax > 0) {
            features.addAll(parts.characters(charMin, charMax));
        }
        if (prefix > 0) {
            for (String word : parts.text.words()) {
                if (word.length() > prefix) {
                    features.add("p=" + word.substring(0, prefix));
                }
            }
        }
        if (marks) {
            features.addAll(parts.marks());
        }
        if (channel && parts.channelCode != null) {
            features.add("ch=" + parts.channelCode);
        }
        return features.toArray(String[]::new);
    }

    /**
     * The kinds of feature of one message, each worked out once when a set first asks for it. One
     * message, one thread: not shared.
     */
    static final class Parts {

        private final NormalisedText text;
        private final String channelCode;
        private final Stemmer stemmer;
        private List<String> words;
        private List<String> bigrams;
        private List<String> stems;
        private List<String> characters;
        private List<String> marks;

        Parts(NormalisedText text, String channelCode, Stemmer stemmer) {
            this.text = text;
            this.channelCode = channelCode;
            this.stemmer = stemmer;
        }

        List<String> words() {
            if (words == null) {
                words = text.words().stream().map(w -> "w=" + w).toList();
            }
            return words;
        }

        List<String> bigrams() {
            if (bigrams == null) {
                List<String> w = text.words();
                var b = new ArrayList<String>(w.size());
                for (int i = 0; i + 1 < w.size(); i++) {
                    b.add("b=" + w.get(i) + "_" + w.get(i + 1));
                }
                bigrams = b;
            }
            return bigrams;
        }

        /** Stems that differ from their word (the word itself is a feature already). */
        List<String> stems() {
            if (stems == null) {
                Set<String> seen = new HashSet<>(text.words());
                var s = new ArrayList<String>();
                for (String stem : stemmer.stems(text.words())) {
                    if (seen.add(stem)) {
                        s.add("s=" + stem);
                    }
                }
                stems = s;
            }
            return stems;
        }

        /** Character n-grams of the words, padded with < and >; every set here uses the same sizes. */
        List<String> characters(int min, int max) {
            if (characters == null) {
                var c = new ArrayList<String>();
                for (String word : text.words()) {
                    if (word.length() >= min) {
                        String padded = "<" + word + ">";
                        for (int n = min; n <= max; n++) {
                            for (int i = 0; i + n <= padded.length(); i++) {
                                c.add("c=" + padded.substring(i, i + n));
                            }
                        }
                    }
                }
                characters = c;
            }
            return characters;
        }

        List<String> marks() {
            if (marks == null) {
                marks = text.marks().stream().map(m -> "m=" + m).toList();
            }
            return marks;
        }
    }

    void store(Properties into, String prefixKey) {
        into.setProperty(prefixKey + "bigrams", Boolean.toString(bigrams));
        into.setProperty(prefixKey + "stems", Boolean.toString(stems));
        into.setProperty(prefixKey + "chars", charMin + "-" + charMax);
        into.setProperty(prefixKey + "prefix", Integer.toString(prefix));
        into.setProperty(prefixKey + "marks", Boolean.toString(marks));
        into.setProperty(prefixKey + "channel", Boolean.toString(channel));
    }

    static FeatureSet load(Properties from, String prefixKey) {
        String[] chars = from.getProperty(prefixKey + "chars", "0-0").split("-");
        return new FeatureSet(Boolean.parseBoolean(from.getProperty(prefixKey + "bigrams")),
                Boolean.parseBoolean(from.getProperty(prefixKey + "stems")),
                Integer.parseInt(chars[0]), Integer.parseInt(chars[1]),
                Integer.parseInt(from.getProperty(prefixKey + "prefix", "0")),
                Boolean.parseBoolean(from.getProperty(prefixKey + "marks")),
                Boolean.parseBoolean(from.getProperty(prefixKey + "channel")));
    }

    @Override
    public String toString() {
        var parts = new ArrayList<String>(List.of("words"));
        if (bigrams) {
            parts.add("word bigrams");
        }
        if (stems) {
            parts.add("stems");
        }
        if (charMax > 0) {
            parts.add(String.format(Locale.ROOT, "character %d-%d-grams", charMin, charMax));
        }
        if (prefix > 0) {
            parts.add(prefix + "-letter prefixes");
        }
        if (marks) {
            parts.add("marks");
        }
        if (channel) {
            parts.add("channel");
        }
        return String.join(" + ", parts);
    }
}
