package id.satupintu.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar's {@code nlp} commands, run as a user would: a separate java process, stdin and stdout. */
class NlpCommandIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path JAR = Path.of("target/satupintu.jar").toAbsolutePath();

    @TempDir
    Path work;

    record Run(int status, String out, String err) {
    }

    /** Runs the jar from a folder of its own, so that nothing but the jar supplies models and lexicons. */
    Run jar(String input, String... arguments) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "nlp"));
        command.addAll(List.of(arguments));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("nlp finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void classifyReadsJsonLinesAndWritesOneAnswerPerLineInOrder() throws Exception {
        Run run = jar("""
                {"id":"a1","text":"jln depan SDN 3 rusak parah di kab empat lawang","channel":"sms"}
                {"id":"a2","text":"makasih min 🙏"}
                not json
                {"id":"a4","text":"listrik padam terus di Kota Palembang","channel":"pigeon"}
                """, "classify");
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.propertyNames()).containsExactly("id", "kind", "category", "agency_type", "region", "confidence");
        assertThat(first.get("id").asString()).isEqualTo("a1");
        assertThat(first.get("kind").asString()).isEqualTo("PENGADUAN");
        assertThat(first.get("category").asString()).isEqualTo("INFRASTRUKTUR");
        assertThat(first.get("agency_type").asString()).isEqualTo("DINAS_PUPR");
        assertThat(first.get("region").asString()).isEqualTo("Kabupaten Empat Lawang");
        assertThat(first.get("confidence").propertyNames()).containsExactly("kind", "category", "agency_type", "region");
        first.get("confidence").forEach(p -> assertThat(p.asDouble()).isBetween(0.0, 1.0));
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("kind").asString()).isEqualTo("BUKAN_LAPORAN");
        assertThat(second.get("region").isNull()).isTrue();
        assertThat(JSON.readTree(lines.get(2)).get("error").asString()).isEqualTo("not a JSON object");
        JsonNode fourth = JSON.readTree(lines.get(3));
        assertThat(fourth.get("id").asString()).isEqualTo("a4");
        assertThat(fourth.get("category").asString()).isEqualTo("UTILITAS");
        assertThat(fourth.get("region").asString()).isEqualTo("Kota Palembang");
        assertThat(run.out()).doesNotContain("INFO", "Tomcat", "HikariPool");
    }

    @Test
    void evaluatePrintsTheFiguresAndWritesThemAsJson() throws Exception {
        Path data = work.resolve("labelled.jsonl");
        Files.writeString(data, """
                {"id":"e1","channel":"sms","text":"air pdam mati 3 hari di kota padang","kind":"PENGADUAN","category":"UTILITAS","agency_type":"PDAM","region":"Kota Padang"}
                {"id":"e2","channel":"twitter","text":"terima kasih pak, jalannya sudah bagus","kind":"BUKAN_LAPORAN","category":"LAINNYA","agency_type":"ADMIN","region":null}
                """);
        Run run = jar("", "evaluate", "--data", data.toString(), "--json", "figures.json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("kind", "macro-F1", "region");
        JsonNode figures = JSON.readTree(Files.readString(work.resolve("figures.json")));
        assertThat(figures.get("n").asInt()).isEqualTo(2);
        for (String field : List.of("kind", "category", "agency_type")) {
            assertThat(figures.get(field).get("accuracy").asDouble()).isBetween(0.0, 1.0);
            assertThat(figures.get(field).has("macro_f1")).isTrue();
        }
        assertThat(figures.get("region").get("accuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aWrongCommandSaysHowToUseIt() throws Exception {
        Run run = jar("", "frobnicate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("usage: java -jar satupintu.jar nlp train");
    }
}
