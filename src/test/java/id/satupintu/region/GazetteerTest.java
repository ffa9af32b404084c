package id.satupintu.region;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
    }

    @Test
    void holdsEveryTierWithOfficialCodes() {
        assertThat(gazetteer.ofLevel(RegionLevel.PROVINSI)).hasSize(38);
        assertThat(gazetteer.ofLevel(RegionLevel.KABUPATEN_KOTA)).hasSize(514);
        assertThat(gazetteer.ofLevel(RegionLevel.KECAMATAN)).hasSizeGreaterThan(7000);
        assertThat(gazetteer.byCode("16.11")).map(Region::name).contains("Kabupaten Empat Lawang");
    }

    @Test
    void walksUpTheHierarchy() {
        Region pendopo = gazetteer.children(gazetteer.byCode("16.11").orElseThrow()).stream()
                .filter(r -> r.name().equals("Pendopo")).findFirst().orElseThrow();
        assertThat(pendopo.level()).isEqualTo(RegionLevel.KECAMATAN);
        assertThat(gazetteer.regencyOf(pendopo)).map(Region::name).contains("Kabupaten Empat Lawang");
        assertThat(gazetteer.provinceOf(pendopo).name()).isEqualTo("Sumatera Selatan");
    }

    @Test
    void readsQuotedNamesWithCommasAndQuotes() {
        assertThat(gazetteer.byCode("12.07.28.1007")).map(Region::name).contains("Lubuk Pakam I,II");
        assertThat(gazetteer.byCode("35.29.22")).map(Region::name).contains("Ra\"as");
    }
}
