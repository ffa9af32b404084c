package id.satupintu.taxonomy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The enums must stay identical to the shared taxonomy files (copied under resources/taxonomy). */
class TaxonomyTest {

    @Test
    void kindsMatchTheSharedCodes() throws IOException {
        assertThat(names(Kind.values())).containsExactlyElementsOf(column("kinds.csv", 0));
    }

    @Test
    void categoriesAndTheirDefaultAgenciesMatchTheSharedCodes() throws IOException {
        assertThat(names(Category.values())).containsExactlyElementsOf(column("categories.csv", 0));
        assertThat(Arrays.stream(Category.values()).map(c -> c.defaultAgencyType().name()).toList())
                .containsExactlyElementsOf(column("categories.csv", -1));
    }

    @Test
    void agencyTypesMatchTheSharedCodes() throws IOException {
        assertThat(names(AgencyType.values())).containsExactlyElementsOf(column("agency-types.csv", 0));
        assertThat(Arrays.stream(AgencyType.values()).filter(AgencyType::isNational).map(Enum::name))
                .containsExactly("PLN", "BPJS_KESEHATAN", "BPJS_KETENAGAKERJAAN", "POLRI");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** A column of a taxonomy file without its header; -1 is the last column (unquoted there). */
    private static List<String> column(String file, int index) throws IOException {
        try (InputStream in = TaxonomyTest.class.getResourceAsStream("/taxonomy/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> index >= 0 ? line.split(",")[index] : line.substring(line.lastIndexOf(',') + 1))
                    .toList();
        }
    }
}
