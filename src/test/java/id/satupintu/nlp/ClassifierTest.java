package id.satupintu.nlp;

import id.satupintu.channel.Channel;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The trained models the jar carries, on sentences written for this test (not in the corpus). */
class ClassifierTest {

    static final Instant WEDNESDAY_MORNING = Instant.parse("2026-10-14T02:30:00Z");
    static Classifier classifier;

    @BeforeAll
    static void load() {
        classifier = Classifier.loadDefault();
    }

    /** Three fresh sentences per category; a model may miss one of them, not two. */
    static final Map<Category, List<String>> FRESH = Map.ofEntries(
            Map.entry(Category.INFRASTRUKTUR, List.of(
                    "aspal jalan kabupaten ngelupas semua, lubangnya sedalam lutut",
                    "jembatan kayu penghubung dua dusun patah, anak sekolah harus nyebrang sungai",
                    "gorong-gorong di ujung gang ambrol, air got meluber ke jalan")),
            Map.entry(Category.KESEHATAN, List.of(
                    "di puskesmas cuma ada bidan, dokternya nggak pernah datang sebulan ini",
                    "obat di apotek RSUD kosong terus, disuruh beli sendiri di luar",
                    "kartu BPJS ibu saya nonaktif padahal iuran tiap bulan dibayar")),
            Map.entry(Category.PENDIDIKAN, List.of(
                    "sekolah negeri mewajibkan beli LKS dan seragam di koperasi sekolah dengan harga mahal",
                    "ijazah anak saya ditahan SMK karena belum bayar uang praktik",
                    "guru honorer di SD kami sering kosong, murid belajar sendiri")),
            Map.entry(Category.ADMINDUK, List.of(
                    "udah tiga bulan e-KTP belum dicetak katanya blangko kosong",
                    "mau bikin akta lahir anak tapi disuruh bolak-balik ke kantor capil",
                    "nama di kartu keluarga salah ketik, ngurus perubahan lama sekali")),
            Map.entry(Category.LINGKUNGAN, List.of(
                    "tumpukan sampah di TPS pinggir jalan udah seminggu nggak diangkut, baunya nyengat",
                    "pabrik tahu buang limbah ke sungai, airnya hitam dan ikan mati",
                    "tetangga bakar sampah plastik tiap sore, asapnya masuk rumah")),
            Map.entry(Category.KETERTIBAN, List.of(
                    "pedagang kaki lima menutup trotoar sampai pejalan kaki turun ke jalan",
                    "warung remang-remang jual miras sampai subuh, bikin ribut warga",
                    "pengamen dan anak jalanan memaksa minta uang di perempatan")),
            Map.entry(Category.SOSIAL, List.of(
                    "bantuan PKH keluarga kami tiba-tiba dihentikan padahal masih miskin",
                    "BPNT bulan ini belum cair, yang dapat malah tetangga yang punya mobil",
                    "ada lansia terlantar tidur di emperan toko, mohon dinas sosial menjemput")),
            Map.entry(Category.PERHUBUNGAN, List.of(
                    "lampu lalu lintas di simpang empat mati, kendaraan saling serobot",
                    "juru parkir liar di depan minimarket narik lima ribu tanpa karcis",
                    "angkot ngetem sembarangan di depan terminal bikin macet")),
            Map.entry(Category.KETENAGAKERJAAN, List.of(
                    "gaji karyawan pabrik dibayar di bawah UMK dan lembur tidak dihitung",
                    "THR tahun ini tidak dibayar perusahaan, katanya lagi rugi",
                    "saya di-PHK sepihak tanpa pesangon setelah lima tahun kerja")),
            Map.entry(Category.PERIZINAN, List.of(
                    "pengajuan PBG rumah saya sudah empat bulan belum terbit",
                    "daftar NIB lewat OSS selalu gagal verifikasi",
                    "izin usaha bengkel saya ditolak tanpa alasan yang jelas")),
            Map.entry(Category.UTILITAS, List.of(
                    "listrik padam tiap malam di kampung kami, alat elektronik rusak",
                    "air PDAM tidak mengalir tiga hari, tagihan tetap jalan",
                    "beli token listrik tapi angkanya tidak masuk ke meteran")),
            Map.entry(Category.DESA, List.of(
                    "kepala desa tidak transparan soal penggunaan dana desa tahun ini",
                    "BLT dana desa hanya dibagikan ke kerabat perangkat desa",
                    "BUMDes di kampung kami tidak jelas laporan keuangannya")),
            Map.entry(Category.APARATUR, List.of(
                    "petugas kelurahan minta uang seratus ribu buat surat pengantar",
                    "ada calo di kantor kecamatan yang bisa mempercepat berkas kalau bayar",
                    "pegawai dinas sering bolos di jam kerja, kantor kosong")),
            Map.entry(Category.PERTANIAN, List.of(
                    "pupuk subsidi langka di kios resmi, petani terpaksa beli yang mahal",
                    "kartu tani saya tidak bisa dipakai untuk tebus pupuk",
                    "penyuluh pertanian tidak pernah turun ke kelompok tani kami")),
            Map.entry(Category.KEPOLISIAN, List.of(
                    "bikin SIM di polres dimintai uang tambahan biar cepat lulus",
                    "laporan kehilangan motor saya di polsek tidak ada perkembangan",
                    "syarat membuat SKCK untuk melamar kerja apa saja")),
            Map.entry(Category.LAINNYA, List.of(
                    "sertifikat tanah di kantor pertanahan sudah dua tahun belum jadi",
                    "sinyal telepon di desa kami hilang sejak tower rusak",
                    "gas elpiji tiga kilo langka di pangkalan, harganya naik")));

    @ParameterizedTest
    @EnumSource(Category.class)
    void readsTheCategoryOfFreshSentences(Category category) {
        List<String> sentences = FRESH.get(category);
        long right = sentences.stream()
                .filter(s -> classifier.classify(s, Channel.WHATSAPP, WEDNESDAY_MORNING).category().label() == category)
                .count();
        assertThat(right).as("sentences of %s read as %s", category, category).isGreaterThanOrEqualTo(sentences.size() - 1);
    }

    @Test
    void routesByTheAgencyTheTaxonomyNames() {
        assertThat(agency("kartu BPJS saya tidak aktif padahal peserta PBI, ditolak di rumah sakit")).isEqualTo(AgencyType.BPJS_KESEHATAN);
        assertThat(agency("listrik PLN padam dari pagi, token sudah diisi")).isEqualTo(AgencyType.PLN);
        assertThat(agency("air PDAM keruh dan berbau sejak kemarin")).isEqualTo(AgencyType.PDAM);
        assertThat(agency("perusahaan tidak menyetor iuran BPJS Ketenagakerjaan saya")).isEqualTo(AgencyType.BPJS_KETENAGAKERJAAN);
    }

    private static AgencyType agency(String text) {
        return classifier.classify(text, Channel.SMS, WEDNESDAY_MORNING).agencyType().label();
    }

    @Test
    void noiseIsNoReport() {
        for (String noise : List.of("terima kasih min, jalannya sudah mulus 👍", "halo", "slot gacor maxwin deposit 10rb",
                "selamat pagi semua, semoga sehat selalu")) {
            Classification c = classifier.classify(noise, Channel.INSTAGRAM, WEDNESDAY_MORNING);
            assertThat(c.kind().label()).as(noise).isEqualTo(Kind.BUKAN_LAPORAN);
            assertThat(c.isReport()).isFalse();
            assertThat(c.category().label()).isEqualTo(Category.LAINNYA);
            assertThat(c.agencyType().label()).isEqualTo(AgencyType.ADMIN);
        }
    }

    @Test
    void bringsPlaceDateAndAlternatives() {
        Classification c = classifier.classify("jln poros desa ke kec pendopo ancur sejak senin kemarin, mhn diperbaiki",
                Channel.SMS, WEDNESDAY_MORNING);
        assertThat(c.kind().label()).isEqualTo(Kind.PENGADUAN);
        assertThat(c.category().label()).isEqualTo(Category.INFRASTRUKTUR);
        assertThat(c.region()).hasValueSatisfying(r -> {
            assertThat(r.regency().name()).isEqualTo("Kabupaten Empat Lawang");
            assertThat(r.mostSpecific().name()).isEqualTo("Pendopo");
        });
        assertThat(c.incidentDate()).contains(LocalDate.of(2026, 10, 12));
        assertThat(c.categoryAlternatives()).hasSize(3).first().isEqualTo(c.category());
        assertThat(c.categoryAlternatives()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }

    @Test
    void anUnclearReportGoesToTheAdministratorAndAsks() {
        Classification c = classifier.classify("tolong pak, ini gimana ya urusannya", Channel.SMS, WEDNESDAY_MORNING);
        if (c.isReport() && !c.categoryConfident()) {
            assertThat(c.agencyType().label()).isEqualTo(AgencyType.ADMIN);
            assertThat(c.confident()).isFalse();
        } else {
            assertThat(c.kind().label()).isEqualTo(Kind.BUKAN_LAPORAN);
        }
    }

    /** Written by a writer the models never read (see the file): a floor, not a target. */
    @Test
    void generalisesToAnotherWritersSentences() {
        List<LabeledMessage> fresh = Corpus.read(Path.of("src/test/resources/nlp/fresh-writer.jsonl"));
        var gold = new ArrayList<String>();
        var predicted = new ArrayList<String>();
        for (LabeledMessage m : fresh) {
            gold.add(m.category());
            predicted.add(classifier.classify(m.text(), Channel.ofCode(m.channel()), WEDNESDAY_MORNING).category().label().name());
        }
        assertThat(Scores.of(gold, predicted).macroF1()).isGreaterThan(0.85);
    }

    @Test
    void manyThreadsGiveTheAnswersOneThreadGives() throws Exception {
        List<String> texts = FRESH.values().stream().flatMap(List::stream).toList();
        List<Classification> alone = texts.stream().map(t -> classifier.classify(t, Channel.TELEGRAM, WEDNESDAY_MORNING)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new ArrayList<Future<List<Classification>>>();
            for (int thread = 0; thread < 8; thread++) {
                futures.add(pool.submit(() -> {
                    var answers = new ArrayList<Classification>();
                    for (int round = 0; round < 20; round++) {
                        answers.clear();
                        texts.forEach(t -> answers.add(classifier.classify(t, Channel.TELEGRAM, WEDNESDAY_MORNING)));
                    }
                    return answers;
                }));
            }
            for (Future<List<Classification>> f : futures) {
                assertThat(f.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
