package id.satupintu.region;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionLookupTest {

    static Gazetteer gazetteer;
    static RegionLookup lookup;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.loadDefault();
        lookup = RegionLookup.loadDefault(gazetteer);
    }

    /** A name typed alone, as the answer to "di mana lokasinya?". */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kab. Empat Lawang            | Kabupaten Empat Lawang
            kab empat lawang             | Kabupaten Empat Lawang
            Empat Lawang                 | Kabupaten Empat Lawang
            KABUPATEN EMPAT LAWANG       | Kabupaten Empat Lawang
            kab.empat lawang             | Kabupaten Empat Lawang
            empatlawang                  | Kabupaten Empat Lawang
            Kota Padang                  | Kota Padang
            padang                       | Kota Padang
            Kabupaten Padang Pariaman    | Kabupaten Padang Pariaman
            padang pariaman              | Kabupaten Padang Pariaman
            Kota Padang Panjang          | Kota Padang Panjang
            Kutim                        | Kabupaten Kutai Timur
            kutai timur                  | Kabupaten Kutai Timur
            Kab. Kutai Timur             | Kabupaten Kutai Timur
            Sangatta                     | Kabupaten Kutai Timur
            Jaksel                       | Kota Administrasi Jakarta Selatan
            jakarta selatan              | Kota Administrasi Jakarta Selatan
            Kota Administrasi Jakarta Timur | Kota Administrasi Jakarta Timur
            Jaktim                       | Kota Administrasi Jakarta Timur
            Sumbar                       | Sumatera Barat
            Sumsel                       | Sumatera Selatan
            Sumatra Utara                | Sumatera Utara
            Deli Serdang                 | Kabupaten Deli Serdang
            deliserdang                  | Kabupaten Deli Serdang
            Kab Deli Serdang             | Kabupaten Deli Serdang
            Kab. Sijunjung               | Kabupaten Sijunjung
            Gayo Lues                    | Kabupaten Gayo Lues
            Kota Palembang               | Kota Palembang
            palembang                    | Kota Palembang
            Bogor                        | Kota Bogor
            Kabupaten Bogor              | Kabupaten Bogor
            kab bogor                    | Kabupaten Bogor
            Kota Batu                    | Kota Batu
            Tebing Tinggi                | Kota Tebing Tinggi
            Kota Tebing Tinggi           | Kota Tebing Tinggi
            Labuhan Batu                 | Kabupaten Labuhanbatu
            Toli Toli                    | Kabupaten Toli-Toli
            Tolitoli                     | Kabupaten Toli-Toli
            Solo                         | Kota Surakarta
            Jogja                        | Kota Yogyakarta
            Kota Bandung                 | Kota Bandung
            Kab. Bandung                 | Kabupaten Bandung
            Bandung Barat                | Kabupaten Bandung Barat
            Kisaran                      | Kabupaten Asahan
            Pematang Siantar             | Kota Pematangsiantar
            Tangsel                      | Kota Tangerang Selatan
            Kep. Mentawai                | Kabupaten Kepulauan Mentawai
            Kepulauan Seribu             | Kabupaten Administrasi Kepulauan Seribu
            Ujung Pandang                | Kota Makassar
            Bau-Bau                      | Kota Bau Bau
            Pangkep                      | Kabupaten Pangkajene dan Kepulauan
            """)
    void findsANameTypedAlone(String written, String official) {
        assertThat(lookup.find(written)).map(Region::name).contains(official);
    }

    @ParameterizedTest(name = "{0} → {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kec. Pendopo                                  | Pendopo            | Kabupaten Empat Lawang
            kecamatan pendopo                             | Pendopo            | Kabupaten Empat Lawang
            Kec. Tebing Tinggi, Empat Lawang              | Tebing Tinggi      | Kabupaten Empat Lawang
            Tebing Tinggi Kab. Empat Lawang               | Tebing Tinggi      | Kabupaten Empat Lawang
            Sentani                                       | Sentani            | Kabupaten Jayapura
            Lubuk Pakam                                   | Lubuk Pakam        | Kabupaten Deli Serdang
            Kec. Tanjung Morawa                           | Tanjung Morawa     | Kabupaten Deli Serdang
            Blangkejeren                                  | Blangkejeren       | Kabupaten Gayo Lues
            Desa Tanjung Morawa A, Kec. Tanjung Morawa    | Tanjung Morawa-A   | Kabupaten Deli Serdang
            Kel. Lubuk Pakam Pekan, Lubuk Pakam           | Lubuk Pakam Pekan  | Kabupaten Deli Serdang
            """)
    void findsKecamatanAndDesaWithTheirKabupaten(String written, String name, String regency) {
        Region region = lookup.find(written).orElseThrow();
        assertThat(region.name()).isEqualTo(name);
        assertThat(gazetteer.regencyOf(region)).map(Region::name).contains(regency);
    }

    @Test
    void anAmbiguousKecamatanAloneIsNoAnswerButOffersItsNamesakes() {
        assertThat(lookup.find("Kec. Tebing Tinggi")).isEmpty();
        assertThat(lookup.candidates("Kec. Tebing Tinggi")).hasSize(5)
                .allMatch(r -> r.level() == RegionLevel.KECAMATAN && r.name().equals("Tebing Tinggi"));
    }

    /** Free text: the kabupaten/kota for routing, the most specific region, the words that named it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            jln poros desa ke kec pendopo ancur lebur                        | Kabupaten Empat Lawang | Pendopo
            jalan di Kab. Empat Lawang rusak parah                           | Kabupaten Empat Lawang | Kabupaten Empat Lawang
            lampu jalan mati di kota padang                                  | Kota Padang            | Kota Padang
            banjir bandang di Padang Pariaman pagi ini                       | Kabupaten Padang Pariaman | Kabupaten Padang Pariaman
            @pemkotpadang sampah numpuk                                      | Kota Padang            | Kota Padang
            @pemkotpalembang taman kota bersih                               | Kota Palembang         | Kota Palembang
            @dinkes_sijunjung fogging dong                                   | Kabupaten Sijunjung    | Kabupaten Sijunjung
            @disdikkotasby sekolah pungli                                    | Kota Surabaya          | Kota Surabaya
            @PUPRKotaMedan gorong2 mampet                                    | Kota Medan             | Kota Medan
            @satpolpp_kotapadang pengamen di lampu merah                     | Kota Padang            | Kota Padang
            @dinsos_deliserdang bantuan salah sasaran                        | Kabupaten Deli Serdang | Kabupaten Deli Serdang
            @dukcapil.makassar pindah datang ribet                           | Kota Makassar          | Kota Makassar
            angkot ngetem sembarangan #jaktim                                | Kota Administrasi Jakarta Timur | Kota Administrasi Jakarta Timur
            fogging di perumahan kami di Sangatta                            | Kabupaten Kutai Timur  | Kabupaten Kutai Timur
            warga Kutim mengeluh listrik padam                               | Kabupaten Kutai Timur  | Kabupaten Kutai Timur
            bau dari peternakan di Desa Tanjung Morawa A, Kecamatan Tanjung Morawa | Kabupaten Deli Serdang | Tanjung Morawa-A
            LISTRIK PADAM 3X SEHARI DI KEC. SOKARAJA                         | Kabupaten Banyumas     | Sokaraja
            usul bus sekolah di pelosok Kec. Sumpur Kudus                    | Kabupaten Sijunjung    | Sumpur Kudus
            power outage again in Kuta for 5 hours                           | Kabupaten Badung       | Kuta
            macet parah di Kota Batu tiap libur                              | Kota Batu              | Kota Batu
            jalan ke blangkejeren berlubang                                  | Kabupaten Gayo Lues    | Blangkejeren
            di Kec. Tebing Tinggi Kabupaten Empat Lawang jembatan putus      | Kabupaten Empat Lawang | Tebing Tinggi
            pungli di kantor camat cibinong bogor                            | Kabupaten Bogor        | Cibinong
            """)
    void findsThePlaceInAMessage(String text, String regency, String mostSpecific) {
        RegionMatch match = lookup.findIn(text).orElseThrow();
        assertThat(match.regency().name()).isEqualTo(regency);
        assertThat(match.mostSpecific().name()).isEqualTo(mostSpecific);
        assertThat(text).contains(match.matchedText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truk batu bara lewat tiap malam jalan jadi ancur
            air putih dari pdam keruh
            sungai penuh sampah plastik
            lampu jalan di jalan lintas mati
            depan Indomaret ada pungli parkir
            pupuk langka di Sumbar
            harga di Sumatera Selatan naik terus
            @inspektorat_sumbar ada calo di loket
            @PLN_123 token tidak masuk
            @BPJSKesehatanRI klaim ditolak
            @humaspoldametrojaya ada razia liar
            #lapor #viral jalan rusak
            batang pohon tumbang menutup jalan
            Kec. Tebing Tinggi jalannya rusak
            ayo ke puncak gunung
            """)
    void findsNothingWhereNoKabupatenOrKotaIsNamed(String text) {
        assertThat(lookup.findIn(text)).isEmpty();
    }
}
