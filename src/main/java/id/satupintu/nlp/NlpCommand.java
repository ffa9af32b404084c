package id.satupintu.nlp;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import id.satupintu.channel.Channel;
import id.satupintu.region.Gazetteer;
import id.satupintu.region.RegionLookup;
import id.satupintu.region.RegionMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The {@code nlp} commands of the packaged application (see the contracts): {@code train},
 * {@code classify} and {@code evaluate}. They start no web server and need no database.
 */
public final class NlpCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USAGE = """
            usage: java -jar satupintu.jar nlp train [--compare] [--home DIR]
                   java -jar satupintu.jar nlp classify [--model-dir DIR] < in.jsonl > out.jsonl
                   java -jar satupintu.jar nlp evaluate --data FILE_OR_DIR [--json OUT] [--model-dir DIR]
              --home       the nlp-models folder to train from and write to (default: ./nlp-models)
              --model-dir  a folder laid out like nlp-models/ (models/, lexicon/) instead of the jar's own
            """;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    NlpCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs {@code nlp <arguments>} on the process's standard streams; returns the exit status. */
    public static int run(String... arguments) {
        quietLogging();
        return new NlpCommand(System.in, System.out, System.err).execute(arguments);
    }

    int execute(String... arguments) {
        if (arguments.length == 0) {
            err.print(USAGE);
            return 2;
        }
        List<String> options = Arrays.asList(arguments).subList(1, arguments.length);
        try {
            return switch (arguments[0]) {
                case "train" -> train(options);
                case "classify" -> classify(options);
                case "evaluate" -> evaluate(options);
                default -> {
                    err.print("Unknown nlp command: " + arguments[0] + "\n" + USAGE);
                    yield 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    private int train(List<String> options) {
        Path home = Path.of(option(options, "--home", "nlp-models"));
        if (!Files.isDirectory(home.resolve("corpus/train"))) {
            throw new IllegalArgumentException("No corpus at " + home.resolve("corpus/train") + " (use --home)");
        }
        var trainer = new Trainer(home, out);
        if (options.contains("--compare")) {
            trainer.compare();
        }
        trainer.train();
        return 0;
    }

    private int classify(List<String> options) throws JacksonException {
        Classifier classifier = classifier(options);
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                out.println(JSON.writeValueAsString(classifyLine(classifier, line)));
            }
        } catch (IOException e) {
            err.println("Could not read standard input: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    /** One output object per input line; a line that cannot be read gets its id and an error. */
    private static Object classifyLine(Classifier classifier, String line) {
        var result = new LinkedHashMap<String, Object>();
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JacksonException e) {
            result.put("id", null);
            result.put("error", "not a JSON object");
            return result;
        }
        JsonNode id = o.get("id");
        result.put("id", id == null || id.isNull() ? null : id.asString());
        JsonNode text = o.get("text");
        if (text == null || !text.isString()) {
            result.put("error", "missing text");
            return result;
        }
        result.putAll(ContractFields.of(classifier.classify(text.asString(), channel(o.get("channel")), Instant.now())));
        return result;
    }

    private static Channel channel(JsonNode code) {
        if (code == null || !code.isString()) {
            return null;
        }
        try {
            return Channel.ofCode(code.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private int evaluate(List<String> options) {
        String data = option(options, "--data", null);
        if (data == null) {
            throw new IllegalArgumentException("evaluate needs --data FILE.jsonl");
        }
        List<LabeledMessage> gold = Corpus.read(Path.of(data));
        Classifier classifier = classifier(options);
        var answers = new ArrayList<Evaluation.Answer>();
        for (LabeledMessage m : gold) {
            Channel channel = m.channel() == null ? null : Channel.ofCode(m.channel());
            Classification c = classifier.classify(m.text(), channel, Instant.now());
            answers.add(new Evaluation.Answer(c.kind().label().name(), c.category().label().name(),
                    c.agencyType().label().name(), c.region().map(RegionMatch::regency).map(r -> r.name()).orElse(null)));
        }
        Evaluation evaluation = Evaluation.of(gold, answers);
        out.print(evaluation.summary());
        out.println("\nkind\n" + Evaluation.classTable(evaluation.kind()));
        out.println("category\n" + Evaluation.classTable(evaluation.category()));
        out.println("agency_type\n" + Evaluation.classTable(evaluation.agency()));
        String json = option(options, "--json", null);
        if (json != null) {
            try {
                Files.writeString(Path.of(json), JSON.writeValueAsString(evaluation.figures()));
            } catch (IOException e) {
                err.println("Could not write " + json + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private static Classifier classifier(List<String> options) {
        String folder = option(options, "--model-dir", System.getenv("SATUPINTU_NLP_MODEL_DIR"));
        RegionLookup regions = RegionLookup.loadDefault(Gazetteer.loadDefault());
        return folder == null || folder.isBlank() ? Classifier.load(ModelSource.classpath(), regions)
                : Classifier.load(ModelSource.folder(Path.of(folder)), regions);
    }

    private static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= options.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return options.get(at + 1);
    }

    /** Without Spring, logback would print everything at DEBUG to standard output: warnings only, on stderr. */
    private static void quietLogging() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{20} - %msg%n");
        encoder.start();
        var appender = new ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.setContext(context);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
    }
}
