package id.satupintu.nlp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads labelled JSON Lines files: one file, or every {@code *.jsonl} of a folder in name order. */
final class Corpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Corpus() {
    }

    static List<LabeledMessage> read(Path fileOrFolder) {
        if (!Files.isDirectory(fileOrFolder)) {
            try {
                return readFile(fileOrFolder);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + fileOrFolder, e);
            }
        }
        return readFiles(fileOrFolder).values().stream().flatMap(List::stream).toList();
    }

    /** The {@code *.jsonl} files of a folder by name without extension, in name order. */
    static Map<String, List<LabeledMessage>> readFiles(Path folder) {
        var files = new TreeMap<String, List<LabeledMessage>>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                files.put(file.getFileName().toString().replaceFirst("\\.jsonl$", ""), readFile(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder, e);
        }
        return files;
    }

    private static List<LabeledMessage> readFile(Path file) throws IOException {
        var messages = new ArrayList<LabeledMessage>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode o = JSON.readTree(line);
                messages.add(new LabeledMessage(text(o, "id"), text(o, "channel"), text(o, "text"), text(o, "kind"),
                        text(o, "category"), text(o, "agency_type"), text(o, "region")));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + ":" + lineNumber + ": not a JSON object ("
                        + e.getMessage() + ")", e);
            }
        }
        return messages;
    }

    private static String text(JsonNode o, String field) {
        JsonNode value = o.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
