package id.satupintu.web;

import id.satupintu.region.Gazetteer;
import id.satupintu.region.Region;
import id.satupintu.region.RegionLookup;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Pattern;

/** Region codes as the names staff know, and the names they type as codes. */
@Component
class RegionNames {

    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    private final Gazetteer gazetteer;
    private final RegionLookup lookup;

    RegionNames(Gazetteer gazetteer, RegionLookup lookup) {
        this.gazetteer = gazetteer;
        this.lookup = lookup;
    }

    /** "Desa X, Kecamatan Y, Kabupaten Z, Sumatera Selatan": the region and everything it lies in. */
    String describe(String regionCode) {
        if (regionCode == null) {
            return null;
        }
        Optional<Region> region = gazetteer.byCode(regionCode);
        if (region.isEmpty()) {
            return regionCode;
        }
        var names = new ArrayList<String>();
        for (Optional<Region> r = region; r.isPresent(); r = gazetteer.parent(r.get())) {
            names.add(r.get().name());
        }
        return String.join(", ", names);
    }

    /** The code a filter field means: a code as typed, or the region a name stands for. */
    Optional<String> codeOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (CODE.matcher(text).matches()) {
            return Optional.of(text);
        }
        return lookup.find(text).map(Region::code);
    }
}
