package id.satupintu.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingIdsTest {

    @Test
    void idsAreReadableAndDoNotRepeat() {
        var ids = new TrackingIds();
        var seen = new HashSet<String>();
        IntStream.range(0, 20_000).forEach(i -> {
            String id = ids.next();
            assertThat(id).matches("LPR-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTWXYZ]{4}");
            seen.add(id);
        });
        assertThat(seen).hasSize(20_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LPR-7K3Q-9XW2", "lpr-7k3q-9xw2", "LPR7K3Q9XW2", " lpr 7k3q 9xw2 ", "LPR_7K3Q.9XW2"})
    void typedVariantsNormalise(String typed) {
        assertThat(TrackingIds.normalize(typed)).isEqualTo("LPR-7K3Q-9XW2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LPR-7K3Q-9XW", "ABC-7K3Q-9XW2", "LPR-OK3Q-9XW2", "LPR-1K3Q-9XW2", "", "LPR-7K3Q-9XW2' or 1=1"})
    void otherTextIsNoTrackingId(String typed) {
        assertThat(TrackingIds.normalize(typed)).isNull();
    }
}
