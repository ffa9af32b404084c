package id.satupintu.conversation;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A scripted dialogue from {@code src/test/resources/dialogues/*.yml}: what the citizen does turn
 * by turn, what the bot must answer (regular expressions, found anywhere in the turn's replies,
 * case-insensitive), and the report that must be filed in the end. See the README there.
 */
record Dialogue(String name, String description, List<Map<String, Object>> turns, Map<String, Object> filed,
                Integer reportsFiled, String endStep) {

    static final Path FOLDER = Path.of("src/test/resources/dialogues");

    @Override
    public String toString() {
        return name;
    }

    @SuppressWarnings("unchecked")
    static Dialogue load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> yaml = new Yaml().load(in);
            return new Dialogue(file.getFileName().toString(), (String) yaml.get("description"),
                    (List<Map<String, Object>>) yaml.get("turns"), (Map<String, Object>) yaml.get("filed"),
                    (Integer) yaml.get("reports-filed"), (String) yaml.getOrDefault("ends", "IDLE"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Dialogue> all() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().map(Dialogue::load).toList().stream();
        }
    }
}
