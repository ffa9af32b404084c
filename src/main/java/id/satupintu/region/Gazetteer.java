package id.satupintu.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Indonesia's provinces, kabupaten/kota, kecamatan and desa/kelurahan as published in the
 * idn-area-data package (see nlp-models/gazetteer/NOTICE). Immutable and thread-safe once loaded;
 * it needs neither Spring nor a database so that the {@code nlp} commands can use it too.
 */
public final class Gazetteer {

    static final String DEFAULT_LOCATION = "nlp-models/gazetteer/";
    private static final String[] FILES = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;

    private Gazetteer(Map<String, Region> byCode) {
        this.byCode = byCode;
        var kids = new HashMap<String, List<Region>>();
        byCode.values().stream()
                .filter(r -> r.parentCode() != null)
                .forEach(r -> kids.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r));
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
    }

    /** Loads the gazetteer the jar carries. */
    public static Gazetteer loadDefault() {
        return load(name -> Gazetteer.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION + name));
    }

    /** Loads the four CSV files, opened by name through {@code source}. */
    public static Gazetteer load(CsvSource source) {
        var regions = new HashMap<String, Region>(100_000);
        for (String file : FILES) {
            try (InputStream in = source.open(file)) {
                if (in == null) {
                    throw new IllegalStateException("Gazetteer file missing: " + file);
                }
                readCsv(in, regions);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read gazetteer file " + file, e);
            }
        }
        return new Gazetteer(Collections.unmodifiableMap(regions));
    }

    /**
     * Every file has the columns code, parent code (absent for provinces), name. Only the name may
     * be quoted (it can hold commas and doubled quotes), so it is simply the rest of the line.
     */
    private static void readCsv(InputStream in, Map<String, Region> into) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean hasParent = reader.readLine().split(",").length == 3;
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            int first = line.indexOf(',');
            int nameStart = hasParent ? line.indexOf(',', first + 1) + 1 : first + 1;
            String code = line.substring(0, first).trim();
            String parent = hasParent ? line.substring(first + 1, nameStart - 1).trim() : null;
            into.put(code, new Region(code, unquote(line.substring(nameStart).trim()), RegionLevel.ofCode(code), parent));
        }
    }

    private static String unquote(String field) {
        return field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
                : field;
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Region> children(Region region) {
        return children.getOrDefault(region.code(), List.of());
    }

    public Optional<Region> parent(Region region) {
        return region.parentCode() == null ? Optional.empty() : byCode(region.parentCode());
    }

    /** The kabupaten/kota a kecamatan or desa lies in (the region itself for a kabupaten/kota). */
    public Optional<Region> regencyOf(Region region) {
        return switch (region.level()) {
            case PROVINSI -> Optional.empty();
            case KABUPATEN_KOTA -> Optional.of(region);
            default -> parent(region).flatMap(this::regencyOf);
        };
    }

    /** The province a region lies in (the region itself for a province). */
    public Region provinceOf(Region region) {
        return region.level() == RegionLevel.PROVINSI ? region : parent(region).map(this::provinceOf).orElseThrow();
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    public List<Region> ofLevel(RegionLevel level) {
        return byCode.values().stream().filter(r -> r.level() == level).toList();
    }

    @FunctionalInterface
    public interface CsvSource {
        InputStream open(String fileName) throws IOException;
    }
}
