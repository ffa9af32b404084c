package id.satupintu.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** The word lists of {@code nlp-models/lexicon/}: slang, emoji classes and agency handle words. */
record Lexicon(Map<String, List<String>> slang, Map<String, List<String>> phrases, Set<String> standardWords,
               Map<Integer, String> emoji, List<String> handleWords) {

    static Lexicon load(ModelSource source) {
        var slang = new HashMap<String, List<String>>();
        var phrases = new HashMap<String, List<String>>();
        var standard = new HashSet<String>();
        read(source, "lexicon/slang.txt", (written, standardForm) -> {
            List<String> words = List.of(standardForm.split(" "));
            standard.addAll(words);
            (written.contains("_") ? phrases : slang).put(written.replace('_', ' '), words);
        });
        var emoji = new HashMap<Integer, String>();
        read(source, "lexicon/emoji.txt", (symbol, feeling) -> emoji.put(symbol.codePointAt(0), feeling));
        var handleWords = new ArrayList<String>();
        read(source, "lexicon/handle-words.txt", (word, rest) -> handleWords.add(word));
        handleWords.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return new Lexicon(Map.copyOf(slang), Map.copyOf(phrases), Set.copyOf(standard), Map.copyOf(emoji),
                List.copyOf(handleWords));
    }

    /** Reads "key rest-of-line" entries, skipping comments and blank lines. */
    private static void read(ModelSource source, String path, BiConsumer<String, String> entry) {
        try (var reader = new BufferedReader(new InputStreamReader(source.open(path), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                entry.accept(space < 0 ? line : line.substring(0, space), space < 0 ? "" : line.substring(space + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    boolean isKnown(String word) {
        return slang.containsKey(word) || standardWords.contains(word);
    }
}
