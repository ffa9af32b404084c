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
        List<String> words = text.words();
        var features = new ArrayList<String>(words.size() * 8);
        for (String word : words) {
            features.add("w=" + word);
        }
        if (bigrams) {
            for (int i = 0; i + 1 < words.size(); i++) {
                features.add("b=" + words.get(i) + "_" + words.get(i + 1));
            }
        }
        if (stems) {
            Set<String> seen = new HashSet<>(words);
            for (String stem : stemmer.stems(words)) {
                if (seen.add(stem)) {
                    features.add("s=" + stem);
                }
            }
        }
        for (String word : words) {
            if (charMax > 0 && word.length() >= charMin) {
                String padded = "<" + word + ">";
                for (int n = charMin; n <= charMax; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        features.add("c=" + padded.substring(i, i + n));
                    }
                }
            }
            if (prefix > 0 && word.length() > prefix) {
                features.add("p=" + word.substring(0, prefix));
            }
        }
        if (marks) {
            for (String mark : text.marks()) {
                features.add("m=" + mark);
            }
        }
        if (channel && channelCode != null) {
            features.add("ch=" + channelCode);
        }
        return features.toArray(String[]::new);
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
