package id.satupintu.nlp;

import id.satupintu.channel.Channel;
import id.satupintu.region.Gazetteer;
import id.satupintu.region.Region;
import id.satupintu.region.RegionLevel;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line of nlp-models/corpus follows the contract's labelled format and the taxonomy. */
class CorpusTest {

    static final List<String> KEYS = List.of("id", "channel", "text", "kind", "category", "agency_type", "region");

    @Test
    void everyLineIsValid() throws IOException {
        Set<String> regencies = new HashSet<>();
        Gazetteer.loadDefault().ofLevel(RegionLevel.KABUPATEN_KOTA).stream().map(Region::name).forEach(regencies::add);
        JsonMapper json = JsonMapper.builder().build();
        var problems = new ArrayList<String>();
        var ids = new HashSet<String>();
        int lines = 0;
        int notReports = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("nlp-models/corpus"))) {
            files = walk.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            int number = 0;
            for (String line : Files.readAllLines(file)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                String where = file.getFileName() + ":" + number;
                JsonNode o = json.readTree(line);
                var keys = new ArrayList<String>();
                o.propertyNames().forEach(keys::add);
                if (!keys.equals(KEYS)) {
                    problems.add(where + " keys " + keys);
                    continue;
                }
                if (!ids.add(o.get("id").asString())) {
                    problems.add(where + " duplicate id " + o.get("id").asString());
                }
                String channel = o.get("channel").asString();
                String text = o.get("text").asString();
                Kind kind = Kind.valueOf(o.get("kind").asString());
                Category category = Category.valueOf(o.get("category").asString());
                AgencyType agency = AgencyType.valueOf(o.get("agency_type").asString());
                Channel.ofCode(channel);
                if (text.isBlank() || channel.equals("sms") && text.length() > 160) {
                    problems.add(where + " text empty or SMS over 160 characters");
                }
                if (kind == Kind.BUKAN_LAPORAN && (category != Category.LAINNYA || agency != AgencyType.ADMIN)) {
                    problems.add(where + " BUKAN_LAPORAN must be LAINNYA/ADMIN");
                }
                notReports += kind == Kind.BUKAN_LAPORAN ? 1 : 0;
                if (!o.get("region").isNull() && !regencies.contains(o.get("region").asString())) {
                    problems.add(where + " region is no official kabupaten/kota name: " + o.get("region").asString());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(lines).isGreaterThanOrEqualTo(4000);
        assertThat(notReports).isGreaterThanOrEqualTo(400);
        try (Stream<Path> dev = Files.list(Path.of("nlp-models/corpus/dev"))) {
            assertThat(dev.mapToLong(CorpusTest::lineCount).sum()).isGreaterThanOrEqualTo(800);
        }
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
