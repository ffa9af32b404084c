package id.satupintu.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds Indonesian places the way people write them: "Kab. Empat Lawang", "kab empat lawang",
 * "Empat Lawang", "Kota Padang" (not Kabupaten Padang Pariaman), "Kec. Tebing Tinggi", "Kutim",
 * "Jaksel", "Sumbar", a desa with its kecamatan, a handle such as {@code @pemkotpadang}.
 *
 * <p>Names are compared as their letters and digits only ("Toli-Toli" = "tolitoli", "Labuhan Batu" =
 * "Labuhanbatu"). In free text a name that is also an everyday word ("batu", "air putih") needs a cue
 * such as "Kab.", "Kota", "Kec." or "Desa"; a desa always needs one. When several places share a name,
 * the other places in the text decide (a kecamatan and its kabupaten, a province), a kota wins over
 * the kabupaten of the same name ("Bogor" → Kota Bogor) unless region-aliases.txt says otherwise,
 * and a name that stays ambiguous gives nothing. Immutable and thread-safe; a lookup is a few hash look-ups per word.
 */
public final class RegionLookup {

    private static final int MAX_WORDS = 5;
    private static final double DIRECT = 3;
    /** What a desa lends its kabupaten/kota: alone it is not enough, with its kecamatan it decides. */
    private static final double DESA = 0.5;
    private static final Set<String> LOCATIVES = Set.of("di", "ke", "dari", "daerah", "wilayah", "warga", "kawasan",
            "sekitar", "in", "at", "near");
    private static final Map<String, Cue> CUES = Map.ofEntries(
            Map.entry("kab", Cue.KABUPATEN), Map.entry("kabupaten", Cue.KABUPATEN), Map.entry("kabupatan", Cue.KABUPATEN),
            Map.entry("pemkab", Cue.KABUPATEN),
            Map.entry("kota", Cue.KOTA), Map.entry("kotamadya", Cue.KOTA), Map.entry("pemkot", Cue.KOTA), Map.entry("pemko", Cue.KOTA),
            Map.entry("kec", Cue.KECAMATAN), Map.entry("kecamatan", Cue.KECAMATAN), Map.entry("kcmtn", Cue.KECAMATAN),
            Map.entry("kecamtan", Cue.KECAMATAN),
            Map.entry("desa", Cue.DESA), Map.entry("ds", Cue.DESA), Map.entry("dsa", Cue.DESA), Map.entry("kel", Cue.DESA),
            Map.entry("kelurahan", Cue.DESA), Map.entry("kelurhan", Cue.DESA), Map.entry("nagari", Cue.DESA),
            Map.entry("gampong", Cue.DESA), Map.entry("jorong", Cue.DESA),
            Map.entry("prov", Cue.PROVINSI), Map.entry("provinsi", Cue.PROVINSI), Map.entry("propinsi", Cue.PROVINSI));
    /** Short forms used inside place names: "Tj. Morawa" = Tanjung Morawa. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("tj", "tanjung", "tg", "tanjung", "tjg", "tanjung");
    /** Words between a cue and the name that change nothing: "Kota Administrasi Jakarta Timur". */
    private static final Set<String> FILLERS = Set.of("administrasi", "adm");

    private final Gazetteer gazetteer;
    private final Map<String, List<Name>> index;
    /** Names, as lower-case words, that are everyday words too (place-stopwords.txt). */
    private final Set<String> needsCue;
    private final List<String> handleAffixes;
    /** The first words of all names: most words of a message start none, and cost one look-up. */
    private final Set<String> startWords;
    /** Everyday words (those of slang.txt, both sides): "desa buat" names no desa "Buat". */
    private final Set<String> commonWords;
    /** Kabupaten meant by a name they share with a kota (see region-aliases.txt). */
    private final Set<Region> preferred;

    private enum Cue { NONE, KABUPATEN, KOTA, KECAMATAN, DESA, PROVINSI }

    private enum Mode { TEXT, NAME }

    /**
     * One way of writing one region ({@code written}, as lower-case words); {@code alias} for short
     * names, towns, landmarks and other spellings.
     */
    private record Name(Region region, String written, boolean alias) {
    }

    private record Token(String word, int start, int end, boolean capitalised) {
    }

    private record Mention(List<Region> candidates, int start, int end) {
    }

    private RegionLookup(Gazetteer gazetteer, Map<String, List<Name>> index, Set<String> needsCue,
                         Set<String> commonWords, Set<String> startWords, List<String> handleAffixes,
                         Set<Region> preferred) {
        this.startWords = startWords;
        this.commonWords = commonWords;
        this.preferred = preferred;
        this.gazetteer = gazetteer;
        this.index = index;
        this.needsCue = needsCue;
        this.handleAffixes = handleAffixes;
    }

    /** The lookup over the gazetteer with the aliases and word lists the jar carries. */
    public static RegionLookup loadDefault(Gazetteer gazetteer) {
        return load(gazetteer, name -> RegionLookup.class.getClassLoader().getResourceAsStream("nlp-models/lexicon/" + name));
    }

    /**
     * @param lexicon opens {@code region-aliases.txt}, {@code place-stopwords.txt} and
     *                {@code handle-words.txt} by name
     */
    public static RegionLookup load(Gazetteer gazetteer, Gazetteer.CsvSource lexicon) {
        var index = new HashMap<String, List<Name>>(200_000);
        var preferred = new HashSet<Region>();
        for (Region region : gazetteer.all()) {
            String name = shortName(region);
            index.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(new Name(region, spaced(name), false));
            if (name.startsWith("Kepulauan ") || name.contains(" Kepulauan ")) {
                indexAs(index, name.replace("Kepulauan", "Kep"), region);
            }
        }
        var regencyNames = new HashMap<String, Region>();
        gazetteer.ofLevel(RegionLevel.PROVINSI).forEach(r -> regencyNames.put(r.name(), r));
        gazetteer.ofLevel(RegionLevel.KABUPATEN_KOTA).forEach(r -> regencyNames.put(r.name(), r));
        Consumer<String> aliasLine = line -> {
            int colon = line.indexOf(':');
            String official = line.substring(0, colon).strip();
            Region region = regencyNames.get(official);
            if (region == null) {
                throw new IllegalStateException("No kabupaten/kota or province named " + official + ": " + line);
            }
            for (String alias : line.substring(colon + 1).split(",")) {
                if (!indexAs(index, alias.strip(), region)) {
                    preferred.add(region);
                }
            }
        };
        readLines(lexicon, "region-aliases.txt", aliasLine);
        readLines(lexicon, "landmarks.txt", aliasLine);
        var needsCue = new HashSet<String>();
        readLines(lexicon, "place-stopwords.txt", line -> {
            Region regency = regencyNames.get(line);
            needsCue.add(spaced(regency == null ? line : shortName(regency)));
        });
        var common = new HashSet<String>();
        readLines(lexicon, "slang.txt", line -> common.addAll(List.of(line.replace('_', ' ').split(" "))));
        var affixes = new ArrayList<String>();
        readLines(lexicon, "handle-words.txt", line -> affixes.add(line.split(" ")[0]));
        affixes.sort(Comparator.comparingInt(String::length).reversed());
        index.replaceAll((k, v) -> List.copyOf(v));
        var starts = new HashSet<String>();
        index.values().forEach(names -> names.forEach(name -> {
            String written = name.written();
            int space = written.indexOf(' ');
            starts.add(space < 0 ? written : written.substring(0, space));
            if (name.region().level() != RegionLevel.DESA) {
                starts.add(key(written));
            }
            if (space < 0 && name.region().level() != RegionLevel.DESA) {
                // "Labuhanbatu" is also written "Labuhan Batu": any start of it may begin a name.
                for (int end = 3; end < written.length(); end++) {
                    starts.add(written.substring(0, end));
                }
            }
        }));
        // HashMap and HashSet, not Map.copyOf or Set.copyOf: at this size their probing measured slower.
        return new RegionLookup(gazetteer, Collections.unmodifiableMap(index),
                Collections.unmodifiableSet(needsCue), Collections.unmodifiableSet(common),
                Collections.unmodifiableSet(starts),
                List.copyOf(affixes), Set.copyOf(preferred));
    }

    /** Adds a way of writing a region; false when the region was already known by it. */
    private static boolean indexAs(Map<String, List<Name>> index, String written, Region region) {
        List<Name> names = index.computeIfAbsent(key(written), k -> new ArrayList<>(1));
        if (names.stream().anyMatch(n -> n.region().equals(region))) {
            return false;
        }
        return names.add(new Name(region, spaced(written), true));
    }

    private static void readLines(Gazetteer.CsvSource source, String file, Consumer<String> line) {
        try (InputStream in = source.open(file)) {
            if (in == null) {
                throw new IllegalStateException("Region word list missing: " + file);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = reader.readLine()) != null; ) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    line.accept(l.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** "Kabupaten Empat Lawang" → "Empat Lawang"; provinces, kecamatan and desa keep their names. */
    private static String shortName(Region region) {
        String name = region.name();
        for (String prefix : new String[]{"Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "}) {
            if (region.isRegency() && name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** Lower-case words separated by one space: the form the stop list compares in. */
    private static String spaced(String written) {
        var out = new StringBuilder(written.length());
        boolean gap = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else if (c != '\'' && c != '’') {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Letters and digits only, lower case: the form every name is compared in. */
    private static String key(String written) {
        var key = new StringBuilder(written.length());
        written.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean isKota(Region regency) {
        return regency.name().startsWith("Kota ");
    }

    /**
     * The region a name typed on its own stands for ("Kab. Empat Lawang", "kutim", "Desa Lubuk Puding,
     * Kec. Pendopo"): the most specific one it names, or empty when it names none or stays ambiguous
     * ("Kec. Tebing Tinggi" lies in five kabupaten/kota). A province alone gives the province.
     */
    public Optional<Region> find(String name) {
        List<Mention> mentions = mentions(name, Mode.NAME);
        Optional<RegionMatch> match = resolve(name, mentions);
        if (match.isPresent()) {
            return Optional.of(match.get().mostSpecific());
        }
        return mentions.stream().flatMap(m -> m.candidates().stream())
                .filter(r -> r.level() == RegionLevel.PROVINSI).findFirst();
    }

    /**
     * Every region a name typed alone could mean, most specific first: what to offer when
     * {@link #find} stays empty ("Tebing Tinggi yang mana?").
     */
    public List<Region> candidates(String name) {
        var all = new LinkedHashSet<Region>();
        for (Mention mention : mentions(name, Mode.NAME)) {
            all.addAll(mention.candidates());
        }
        return all.stream().sorted(Comparator.comparing(Region::level).reversed()).toList();
    }

    /**
     * The place a message is about, if it names one: a kabupaten/kota, a kecamatan or town that lies
     * in exactly one kabupaten/kota, a desa with its kecamatan, or a handle/hashtag naming one. A
     * province alone or a landmark alone gives nothing.
     */
    public Optional<RegionMatch> findIn(String text) {
        return resolve(text, mentions(text, Mode.TEXT));
    }

    private List<Mention> mentions(String text, Mode mode) {
        String folded = fold(text);
        var words = new ArrayList<Token>();
        var mentions = new ArrayList<Mention>();
        tokenise(folded, words, mentions);
        boolean shouting = folded.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        Cue cue = Cue.NONE;
        for (int i = 0; i < words.size(); ) {
            String word = words.get(i).word();
            Cue next = CUES.get(word);
            int matched = next == null ? match(words, i, cue, mode, shouting, mentions) : 0;
            if (next != null) {
                // "Kota Padang" is the city, not the desa named "Kota Padang": the cue reading comes first.
                int name = i + 1;
                while (name < words.size() && FILLERS.contains(words.get(name).word())) {
                    name++;
                }
                int afterCue = name < words.size() ? match(words, name, next, mode, shouting, mentions) : 0;
                if (afterCue > 0) {
                    i = name + afterCue;
                    cue = Cue.NONE;
                    continue;
                }
                matched = match(words, i, cue, mode, shouting, mentions);
            }
            if (matched > 0) {
                i += matched;
                cue = Cue.NONE;
            } else {
                cue = next != null ? next : FILLERS.contains(word) ? cue : Cue.NONE;
                i++;
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /** Tries the longest name first at word {@code i}; returns how many words it took, 0 for none. */
    private int match(List<Token> words, int i, Cue cue, Mode mode, boolean shouting, List<Mention> into) {
        if (!startWords.contains(words.get(i).word())) {
            return 0;
        }
        int max = Math.min(MAX_WORDS, words.size() - i);
        String[] keys = new String[max];
        String[] spacedKeys = new String[max];
        var key = new StringBuilder();
        var spaced = new StringBuilder();
        for (int length = 1; length <= max; length++) {
            key.append(words.get(i + length - 1).word());
            spaced.append(length > 1 ? " " : "").append(words.get(i + length - 1).word());
            keys[length - 1] = key.toString();
            spacedKeys[length - 1] = spaced.toString();
        }
        // A cue word itself ("Kota") is only part of a longer name ("Kota Pinang"), never a place alone.
        int min = CUES.containsKey(words.get(i).word()) ? 2 : 1;
        boolean capitalised = !shouting && words.get(i).capitalised();
        boolean located = capitalised && (cue != Cue.NONE || i > 0 && LOCATIVES.contains(words.get(i - 1).word()));
        boolean plainWordsAllowed = mode == Mode.NAME || located || cue != Cue.NONE && cue != Cue.DESA;
        boolean commonWordsAllowed = mode == Mode.NAME || located;
        for (int length = max; length >= min; length--) {
            List<Name> names = index.get(keys[length - 1]);
            if (names == null) {
                continue;
            }
            // An everyday word ("minta", "buat") is a place only when written like a name after a cue.
            if (length == 1 && !commonWordsAllowed && commonWords.contains(keys[0])) {
                continue;
            }
            boolean plainWord = needsCue.contains(spacedKeys[length - 1]);
            // Words run together only as the name runs them ("Labuhan Batu" = Labuhanbatu), but a
            // short word never starts a name it is not a word of ("ke rek" is not Kerek).
            boolean joinsShortWord = length > 1 && hasShortWord(words, i, length);
            String spacedKey = spacedKeys[length - 1];
            List<Name> written = names.stream()
                    .filter(n -> (!joinsShortWord || n.written().equals(spacedKey)) && (!plainWord || plainWordsAllowed))
                    .toList();
            List<Region> admitted = written.stream()
                    .filter(n -> admits(n, cue, mode))
                    .map(Name::region)
                    .toList();
            if (admitted.isEmpty() && (cue == Cue.KOTA || cue == Cue.KABUPATEN)) {
                // "kota Boyolali", "kota Blangkejeren": the town of a kabupaten with no kota of that name.
                admitted = written.stream().map(Name::region).filter(r -> r.level() != RegionLevel.DESA).toList();
            }
            if (!admitted.isEmpty()) {
                into.add(new Mention(admitted, words.get(i).start(), words.get(i + length - 1).end()));
                return length;
            }
        }
        return 0;
    }

    private static boolean hasShortWord(List<Token> words, int from, int length) {
        for (int j = from; j < from + length; j++) {
            if (words.get(j).word().length() < 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean admits(Name name, Cue cue, Mode mode) {
        Region region = name.region();
        return switch (region.level()) {
            case PROVINSI -> cue == Cue.NONE || cue == Cue.PROVINSI;
            case KABUPATEN_KOTA -> switch (cue) {
                case NONE -> true;
                case KOTA -> isKota(region) || name.alias();
                case KABUPATEN -> !isKota(region) || name.alias();
                default -> false;
            };
            case KECAMATAN -> cue == Cue.NONE || cue == Cue.KECAMATAN;
            case DESA -> cue == Cue.DESA || mode == Mode.NAME && cue == Cue.NONE;
        };
    }

    /** Words with their places in the text; handles and hashtags become mentions right away. */
    private void tokenise(String text, List<Token> words, List<Mention> mentions) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if ((c == '@' || c == '#') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '.' && end + 1 < n && Character.isLetterOrDigit(text.charAt(end + 1)))) {
                    end++;
                }
                handleMention(text.substring(i + 1, end), i, end, mentions);
                i = end;
            } else if (Character.isLetterOrDigit(c)) {
                var word = new StringBuilder();
                int end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || isInnerApostrophe(text, end))) {
                    if (Character.isLetterOrDigit(text.charAt(end))) {
                        word.append(Character.toLowerCase(text.charAt(end)));
                    }
                    end++;
                }
                String w = word.toString();
                words.add(new Token(ABBREVIATIONS.getOrDefault(w, w), i, end, Character.isUpperCase(c)));
                i = end;
            } else {
                i++;
            }
        }
    }

    private static boolean isInnerApostrophe(String s, int i) {
        char c = s.charAt(i);
        return (c == '\'' || c == '’') && i > 0 && i + 1 < s.length()
                && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }

    /**
     * {@code @pemkotpadang}, {@code @dinkes_sijunjung}, {@code #jaktim}: the agency words around the
     * place name are peeled off until what is left is a kabupaten/kota or province name.
     */
    private void handleMention(String handle, int start, int end, List<Mention> mentions) {
        String rest = key(handle);
        Cue cue = Cue.NONE;
        for (int round = 0; round < 4 && !rest.isEmpty(); round++) {
            List<Name> names = index.get(rest);
            if (names != null) {
                Cue c = cue;
                List<Region> regions = names.stream()
                        .filter(n -> n.region().level().compareTo(RegionLevel.KABUPATEN_KOTA) <= 0 && admits(n, c, Mode.TEXT))
                        .map(Name::region).toList();
                if (!regions.isEmpty()) {
                    mentions.add(new Mention(regions, start, end));
                    return;
                }
            }
            String peeled = peel(rest);
            if (peeled.equals(rest)) {
                endingName(rest).ifPresent(regions -> mentions.add(new Mention(regions, start, end)));
                return;
            }
            if (rest.startsWith("kota") || rest.startsWith("pemko")) {
                cue = Cue.KOTA;
            } else if (rest.startsWith("kab") || rest.startsWith("pemkab")) {
                cue = Cue.KABUPATEN;
            }
            rest = peeled;
        }
    }

    /** "dispendiksurabaya": a handle of unknown words that ends in a kabupaten/kota name. */
    private Optional<List<Region>> endingName(String handle) {
        for (int from = 1; from <= handle.length() - 5; from++) {
            List<Name> names = index.get(handle.substring(from));
            if (names != null && !needsCue.contains(names.get(0).written())) {
                List<Region> regencies = names.stream().map(Name::region).filter(Region::isRegency).toList();
                if (!regencies.isEmpty()) {
                    return Optional.of(regencies);
                }
            }
        }
        return Optional.empty();
    }

    /** Removes one known agency word from the start of a handle, or else a digit/"official"-like tail. */
    private String peel(String handle) {
        for (String affix : handleAffixes) {
            if (handle.startsWith(affix) && handle.length() > affix.length()) {
                return handle.substring(affix.length());
            }
        }
        int end = handle.length();
        while (end > 0 && Character.isDigit(handle.charAt(end - 1))) {
            end--;
        }
        for (String tail : new String[]{"official", "ri", "id", "go", "gov"}) {
            if (handle.startsWith(tail, end - tail.length()) && end > tail.length()) {
                end -= tail.length();
            }
        }
        return handle.substring(0, end);
    }

    /**
     * Weighs the kabupaten/kota each mention points to: a kabupaten/kota named outright weighs 3; a
     * kecamatan lends its kabupaten/kota 1 and a desa 0.5, shared out among all that it could be. Provinces
     * named narrow the field. The heaviest wins; a tie between a kota and the kabupaten of the same
     * name goes to the kota, any other tie to the earlier mention, and less than 1 is no answer.
     */
    private Optional<RegionMatch> resolve(String text, List<Mention> mentions) {
        var provinces = new HashSet<Region>();
        var score = new LinkedHashMap<Region, Double>();
        for (Mention mention : mentions) {
            var direct = new LinkedHashSet<Region>();
            var indirect = new LinkedHashSet<Region>();
            var viaDesa = new LinkedHashSet<Region>();
            for (Region candidate : mention.candidates()) {
                switch (candidate.level()) {
                    case PROVINSI -> provinces.add(candidate);
                    case KABUPATEN_KOTA -> direct.add(candidate);
                    case KECAMATAN -> indirect.add(gazetteer.regencyOf(candidate).orElseThrow());
                    case DESA -> viaDesa.add(gazetteer.regencyOf(candidate).orElseThrow());
                }
            }
            indirect.removeAll(direct);
            viaDesa.removeAll(direct);
            viaDesa.removeAll(indirect);
            direct.forEach(r -> score.merge(r, DIRECT, Double::sum));
            int ways = direct.size() + indirect.size() + viaDesa.size();
            indirect.forEach(r -> score.merge(r, 1.0 / ways, Double::sum));
            double desa = indirect.isEmpty() && direct.isEmpty() && viaDesa.size() == 1 ? 1 : DESA;
            viaDesa.forEach(r -> score.merge(r, desa / ways, Double::sum));
        }
        if (!provinces.isEmpty() && score.keySet().stream().anyMatch(r -> provinces.contains(gazetteer.provinceOf(r)))) {
            score.keySet().removeIf(r -> !provinces.contains(gazetteer.provinceOf(r)));
        }
        Region best = null;
        for (var entry : score.entrySet()) {
            if (best == null || entry.getValue() > score.get(best) + 1e-9
                    || Math.abs(entry.getValue() - score.get(best)) < 1e-9 && namesake(entry.getKey(), best)
                    && (preferred.contains(entry.getKey()) || isKota(entry.getKey()) && !preferred.contains(best))) {
                best = entry.getKey();
            }
        }
        if (best == null || score.get(best) < 1 - 1e-9 || isAmbiguous(best, score)) {
            return Optional.empty();
        }
        return Optional.of(mostSpecific(text, best, mentions));
    }

    private static boolean namesake(Region a, Region b) {
        return isKota(a) != isKota(b) && shortName(a).equals(shortName(b));
    }

    /** Only kecamatan/desa evidence, split evenly between several kabupaten/kota: no answer. */
    private static boolean isAmbiguous(Region best, Map<Region, Double> score) {
        double top = score.get(best);
        return top < DIRECT && score.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(best) && Math.abs(e.getValue() - top) < 1e-9);
    }

    /** The deepest region named inside the winner; of several desa, one whose kecamatan is named too. */
    private RegionMatch mostSpecific(String text, Region regency, List<Mention> mentions) {
        Region specific = null;
        Mention source = null;
        int bestRank = -1;
        for (Mention mention : mentions) {
            for (Region candidate : mention.candidates()) {
                boolean inside = candidate.equals(regency)
                        || candidate.level().compareTo(RegionLevel.KABUPATEN_KOTA) > 0
                        && gazetteer.regencyOf(candidate).orElseThrow().equals(regency);
                // A mention that names the kabupaten/kota itself means it, not a namesake desa inside it.
                if (mention.candidates().contains(regency) && !candidate.equals(regency)) {
                    continue;
                }
                int rank = candidate.level().ordinal() * 2
                        + (candidate.level() == RegionLevel.DESA && withinMentioned(candidate, mentions) ? 1 : 0);
                if (inside && rank > bestRank) {
                    specific = candidate;
                    source = mention;
                    bestRank = rank;
                }
            }
        }
        return new RegionMatch(regency, specific, text.substring(source.start(), source.end()));
    }

    /** Whether the kecamatan a desa lies in is named in the text too. */
    private boolean withinMentioned(Region desa, List<Mention> mentions) {
        Region district = gazetteer.parent(desa).orElseThrow();
        return mentions.stream().anyMatch(m -> m.candidates().contains(district));
    }

    /**
     * Folds accents and fancy letters to ASCII without moving any character, so that offsets found
     * in the folded text hold in the original.
     */
    private static String fold(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String d = c < 128 || Character.isSurrogate(c) ? null : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            out.append(d != null && !d.isEmpty() && d.charAt(0) < 128 ? d.charAt(0) : c);
        }
        return out.toString();
    }
}
