package id.satupintu.nlp;

import java.util.List;

/**
 * A message as the models read it: {@code words} in standard lower-case Indonesian (slang expanded,
 * elongations and digit reduplication undone), and {@code marks}, the things that are no words but
 * still tell something: handles ({@code @pln}), hashtags ({@code #lapor}), links ({@code <url>}),
 * numbers ({@code <num>}, {@code <money>}), question and exclamation marks, emoji by feeling
 * ({@code :angry}).
 */
record NormalisedText(List<String> words, List<String> marks) {
}
