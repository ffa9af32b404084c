package id.satupintu.agency;

import id.satupintu.SatuPintuTest;
import id.satupintu.region.Gazetteer;
import id.satupintu.region.Region;
import id.satupintu.taxonomy.AgencyType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static id.satupintu.agency.RoutingReason.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

@SatuPintuTest
class RoutingTest {

    static final List<String> DEMO_REGENCIES = List.of("16.11", "13.03", "11.13", "64.08", "12.07", "13.71", "16.71");
    static final List<String> DEMO_PROVINCES = List.of("13", "16");

    static Gazetteer gazetteer;

    @Autowired
    AgencyDirectory directory;

    @BeforeAll
    static void loadGazetteer() {
        gazetteer = Gazetteer.loadDefault();
    }

    @Test
    void theDemoDirectoryHasEveryBodyOfEachDemoRegionAndTheNationalOffices() {
        Map<String, List<Agency>> byRegion = directory.all().stream()
                .collect(Collectors.groupingBy(a -> String.valueOf(a.regionCode())));
        assertSoftly(soft -> {
            for (String regency : DEMO_REGENCIES) {
                soft.assertThat(byRegion.get(regency)).extracting(Agency::type)
                        .as("agency types of %s", regency)
                        .containsAll(regionalTypes())
                        .contains(AgencyType.ADMIN, AgencyType.POLRI);
                soft.assertThat(byRegion.get(regency)).allMatch(a -> a.level() == AgencyLevel.KABUPATEN_KOTA);
            }
            for (String province : DEMO_PROVINCES) {
                soft.assertThat(byRegion.get(province)).extracting(Agency::type)
                        .as("agency types of province %s", province)
                        .hasSize(regionalTypes().size() + 1)
                        .doesNotContain(AgencyType.PDAM)
                        .contains(AgencyType.ADMIN, AgencyType.POLRI);
            }
            soft.assertThat(byRegion.get("null")).extracting(Agency::code)
                    .containsExactlyInAnyOrder("PLN", "BPJS_KESEHATAN", "BPJS_KETENAGAKERJAAN", "POLRI", "ADMIN");
        });
        assertThat(directory.byCode("DINAS_PUPR-16.11")).get()
                .extracting(Agency::name).isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Empat Lawang");
        assertThat(directory.byCode("PLN").orElseThrow().handles()).containsExactly(new SocialHandle("twitter", "pln_123"));
    }

    /** Every agency type for every demo kabupaten/kota, named at its own level, a kecamatan and a desa. */
    @Test
    void everyAgencyTypeInEveryDemoRegencyAndTheRegionsWithinIt() {
        assertSoftly(soft -> {
            for (String regency : DEMO_REGENCIES) {
                for (String regionCode : regencyKecamatanAndDesa(regency)) {
                    for (AgencyType type : AgencyType.values()) {
                        RoutingDecision d = directory.route(type, regionCode);
                        String expected = switch (type) {
                            case PLN, BPJS_KESEHATAN, BPJS_KETENAGAKERJAAN -> type.name();
                            default -> type.name() + "-" + regency;
                        };
                        RoutingReason reason = switch (type) {
                            case PLN, BPJS_KESEHATAN, BPJS_KETENAGAKERJAAN -> NATIONAL_OFFICE;
                            case POLRI -> REGIONAL_UNIT;
                            case ADMIN -> ADMINISTRATOR_REQUESTED;
                            default -> COMPETENT_AGENCY;
                        };
                        soft.assertThat(d.agency().code()).as("%s in %s", type, regionCode).isEqualTo(expected);
                        soft.assertThat(d.reason()).as("reason for %s in %s", type, regionCode).isEqualTo(reason);
                        soft.assertThat(d.explanation()).isNotBlank();
                    }
                }
            }
        });
    }

    @Test
    void everyAgencyTypeForADemoProvinceAsAWhole() {
        assertSoftly(soft -> {
            for (String province : DEMO_PROVINCES) {
                for (AgencyType type : AgencyType.values()) {
                    RoutingDecision d = directory.route(type, province);
                    String expected;
                    RoutingReason reason;
                    switch (type) {
                        case PLN, BPJS_KESEHATAN, BPJS_KETENAGAKERJAAN -> { expected = type.name(); reason = NATIONAL_OFFICE; }
                        case POLRI -> { expected = "POLRI-" + province; reason = REGIONAL_UNIT; }
                        case ADMIN -> { expected = "ADMIN-" + province; reason = ADMINISTRATOR_REQUESTED; }
                        case PDAM -> { expected = "ADMIN-" + province; reason = NO_AGENCY_OF_TYPE; }
                        default -> { expected = type.name() + "-" + province; reason = PROVINCIAL_AGENCY; }
                    }
                    soft.assertThat(d.agency().code()).as("%s in province %s", type, province).isEqualTo(expected);
                    soft.assertThat(d.reason()).as("reason for %s in province %s", type, province).isEqualTo(reason);
                }
            }
        });
    }

    /** Kabupaten Solok (13.02) lies in Sumatera Barat, whose provincial bodies are listed, but is not listed itself. */
    @Test
    void aRegencyOutsideTheDirectoryInADemoProvinceGoesToTheProvincialAdministrator() {
        for (String regionCode : regencyKecamatanAndDesa("13.02")) {
            RoutingDecision d = directory.route(AgencyType.DINAS_PUPR, regionCode);
            assertThat(d.agency().code()).isEqualTo("ADMIN-13");
            assertThat(d.reason()).isEqualTo(REGION_NOT_IN_DIRECTORY);
            assertThat(d.explanation()).contains("13.02", "province 13");
        }
        assertThat(directory.route(AgencyType.POLRI, "13.02").agency().code()).isEqualTo("POLRI-13");
        assertThat(directory.route(AgencyType.PLN, "13.02").agency().code()).isEqualTo("PLN");
    }

    /** Kota Administrasi Jakarta Timur (31.75): neither it nor its province is listed. */
    @Test
    void aRegionWhoseProvinceIsNotListedEitherGoesToTheNationalAdministrator() {
        for (String regionCode : regencyKecamatanAndDesa("31.75")) {
            RoutingDecision d = directory.route(AgencyType.DLH, regionCode);
            assertThat(d.agency().code()).isEqualTo("ADMIN");
            assertThat(d.reason()).isEqualTo(REGION_NOT_IN_DIRECTORY);
        }
        assertThat(directory.route(AgencyType.DLH, "31")).extracting(d -> d.agency().code(), RoutingDecision::reason)
                .containsExactly("ADMIN", REGION_NOT_IN_DIRECTORY);
        assertThat(directory.route(AgencyType.POLRI, "31.75")).extracting(d -> d.agency().code(), RoutingDecision::reason)
                .containsExactly("POLRI", NATIONAL_OFFICE);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "DINKES,    null,         ADMIN,       REGION_MISSING",
            "DINKES,    Empat Lawang, ADMIN,       REGION_MISSING",
            "BPJS_KESEHATAN, null,    BPJS_KESEHATAN, NATIONAL_OFFICE",
            "POLRI,     null,         POLRI,       NATIONAL_OFFICE",
            "ADMIN,     null,         ADMIN,       ADMINISTRATOR_REQUESTED",
            "null,      null,         ADMIN,       AGENCY_TYPE_MISSING",
            "null,      16.11.03,     ADMIN-16.11, AGENCY_TYPE_MISSING",
            "null,      16,           ADMIN-16,    AGENCY_TYPE_MISSING",
            "null,      13.02,        ADMIN-13,    REGION_NOT_IN_DIRECTORY",
            "null,      31.75,        ADMIN,       REGION_NOT_IN_DIRECTORY",
    })
    void fallbacksForAMissingTypeOrRegion(AgencyType type, String regionCode, String expectedAgency, RoutingReason reason) {
        RoutingDecision d = directory.route(type, regionCode);
        assertThat(d.agency().code()).isEqualTo(expectedAgency);
        assertThat(d.reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DOES-NOT-EXIST", ""})
    void anUnknownCodeIsNoAgency(String code) {
        assertThat(directory.byCode(code)).isEmpty();
    }

    private static List<AgencyType> regionalTypes() {
        return Arrays.stream(AgencyType.values()).filter(t -> !t.isNational() && t != AgencyType.ADMIN).toList();
    }

    /** The regency's own code, its first kecamatan and that kecamatan's first desa, from the gazetteer. */
    private static List<String> regencyKecamatanAndDesa(String regencyCode) {
        Region regency = gazetteer.byCode(regencyCode).orElseThrow();
        Region kecamatan = gazetteer.children(regency).getFirst();
        Region desa = gazetteer.children(kecamatan).getFirst();
        return List.of(regency.code(), kecamatan.code(), desa.code());
    }
}
