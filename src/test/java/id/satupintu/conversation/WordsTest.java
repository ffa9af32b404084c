package id.satupintu.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            the street lamp in front of my house is broken | en
            lampu jalan di depan rumah saya mati           | id
            cek LPR-X65A-A343                              | -
            status LPR-A2A3-AAAA                           | -
            cek LPR-X65A-A343 yang kemarin sudah ada       | id
            ok                                             | -
            """)
    void theLanguageIsReadFromWordsNotFromTrackingIds(String text, String language) {
        assertThat(Words.language(text).orElse(null)).isEqualTo(language);
    }
}
