package id.satupintu.conversation;

import id.satupintu.region.Gazetteer;
import id.satupintu.region.Region;
import id.satupintu.region.RegionLevel;
import id.satupintu.region.RegionLookup;
import id.satupintu.region.RegionMatch;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a citizen's answer to "di mana lokasinya?" names, and how a region is shown back to them. */
@Component
class Places {

    /** More places than this sharing a name are not offered as choices: the citizen is asked to say more. */
    private static final int MAX_OFFERED = 5;
    /** An answer this short may be a bare name ("Pendopo"); a longer one is read as a sentence. */
    private static final int NAME_WORDS = 4;

    /** What an answer came to. */
    sealed interface Reading {
        record Found(Region region) implements Reading {
        }

        /** A province alone: too wide to route on. */
        record Province(Region province) implements Reading {
        }

        /** A name several places share; the citizen picks one. */
        record OneOf(List<Region> candidates) implements Reading {
        }

        record Nothing() implements Reading {
        }
    }

    private final RegionLookup regions;
    private final Gazetteer gazetteer;

    Places(RegionLookup regions, Gazetteer gazetteer) {
        this.regions = regions;
        this.gazetteer = gazetteer;
    }

    Reading read(String answer) {
        Optional<Region> found = regions.findIn(answer).map(RegionMatch::mostSpecific);
        if (found.isEmpty() && Words.wordCount(answer) <= NAME_WORDS) {
            found = regions.find(answer);
        }
        if (found.isPresent()) {
            return found.get().level() == RegionLevel.PROVINSI ? new Reading.Province(found.get()) : new Reading.Found(found.get());
        }
        List<Region> candidates = regions.candidates(answer).stream().filter(r -> r.level() != RegionLevel.PROVINSI).toList();
        List<Region> aboveDesa = candidates.stream().filter(r -> r.level() != RegionLevel.DESA).toList();
        List<Region> offered = aboveDesa.size() >= 2 ? aboveDesa : candidates;
        if (offered.size() >= 2 && offered.size() <= MAX_OFFERED) {
            return new Reading.OneOf(offered);
        }
        return new Reading.Nothing();
    }

    /** The place named in a sentence, if any (a correction such as "bukan di situ, tapi di Kec. Pendopo"). */
    Optional<Region> inSentence(String text) {
        return regions.findIn(text).map(RegionMatch::mostSpecific).filter(r -> r.level() != RegionLevel.PROVINSI);
    }

    Optional<Region> byCode(String code) {
        return gazetteer.byCode(code);
    }

    /** "Desa Lubuk Puding, Kec. Pendopo, Kabupaten Empat Lawang", from the region up to its kabupaten/kota. */
    String describe(Region region, Turn turn) {
        List<String> parts = new ArrayList<>();
        for (Region r = region; r != null && r.level() != RegionLevel.PROVINSI; r = gazetteer.parent(r).orElse(null)) {
            parts.add(switch (r.level()) {
                // In Kemendagri codes a kelurahan's number starts with 1, a desa's with 2.
                case DESA -> turn.text(r.code().substring(r.code().lastIndexOf('.') + 1).startsWith("1")
                        ? "region.kelurahan" : "region.desa", r.name());
                case KECAMATAN -> turn.text("region.kecamatan", r.name());
                default -> r.name();
            });
        }
        return String.join(", ", parts);
    }
}
