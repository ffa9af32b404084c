package id.satupintu.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliserTest {

    static Lexicon lexicon;
    static Normaliser normaliser;

    @BeforeAll
    static void load() {
        lexicon = Lexicon.load(ModelSource.classpath());
        normaliser = new Normaliser(lexicon);
    }

    @Test
    void theLexiconHasAtLeastSixHundredEntries() {
        assertThat(lexicon.slang().size() + lexicon.phrases().size()).isGreaterThanOrEqualTo(600);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jln depan SDN 3 rusak parah                  | jalan depan sdn rusak parah
            yg bener aja, udh 2 bln gk dibyr             | yang benar saja sudah bulan tidak dibayar
            tolonggg dong minnn                          | tolong dong admin
            JALANNYA RUSAAAK BGT                         | jalannya rusak banget
            anak2 sekolah lewat situ                     | anak sekolah lewat situ
            jum'at kemarin                               | jumat kemarin
            matur nuwun pak                              | terima kasih bapak
            wkwkwkwk lucu                                | tertawa lucu
            mboten wonten tanggapan                      | tidak wonten tanggapan
            𝗷𝗮𝗹𝗮𝗻 𝗿𝘂𝘀𝗮𝗸                                   | jalan rusak
            ｊａｌａｎ rusak                                | jalan rusak
            please dong fix the road                     | tolong dong fix the jalan
            bangeet parah                                | banget parah
            """)
    void normalisesWordsAsCitizensTypeThem(String text, String words) {
        assertThat(String.join(" ", normaliser.normalise(text).words())).isEqualTo(words);
    }

    @Test
    void keepsHandlesHashtagsLinksAndEmojiAsMarksNotWords() {
        NormalisedText text = normaliser.normalise(
                "@PLN_123 listrik mati lagi 😡😡 #lapor #LaporGub cek https://bit.ly/xyz ?");
        assertThat(text.words()).containsExactly("listrik", "mati", "lagi", "periksa");
        assertThat(text.marks()).containsExactly("@pln", ":angry", "#lapor", "#laporgub", "<url>", "?");
    }

    @Test
    void aHandleYieldsTheAgencyWordsInsideIt() {
        assertThat(normaliser.normalise("@dinkes_sijunjung fogging").marks()).containsExactly("@dinkes");
        assertThat(normaliser.normalise("@BPJSKesehatanRI klaim ditolak").marks()).containsExactly("@bpjskesehatan");
        assertThat(normaliser.normalise("@budi123 halo").marks()).containsExactly("@");
    }

    @Test
    void numbersAndMoneyBecomeMarks() {
        NormalisedText text = normaliser.normalise("diminta 50rb di smpn1, tarif 2jt, rt02");
        assertThat(text.words()).containsExactly("diminta", "di", "smpn", "tarif", "rt");
        assertThat(text.marks()).containsExactly("<money>", "<num>");
    }

    @Test
    void anEmojiOnlyMessageHasNoWordsButItsFeeling() {
        NormalisedText text = normaliser.normalise("😂😂😂 🙏");
        assertThat(text.words()).isEmpty();
        assertThat(text.marks()).isEqualTo(List.of(":laugh", ":plea"));
    }
}
