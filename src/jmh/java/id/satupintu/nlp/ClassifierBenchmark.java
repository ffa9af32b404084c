package id.satupintu.nlp;

import id.satupintu.channel.Channel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One message fully classified on one thread: normalisation, the four models, the place and the
 * incident date. The messages are the development split's, taken in turn.
 * Run: {@code ./mvnw -Pbenchmark -DskipTests verify} (see nlp-models/README.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    private static final Instant NOW = Instant.parse("2026-10-14T02:30:00Z");

    private Classifier classifier;
    private List<LabeledMessage> messages;
    private int next;

    @Setup
    public void load() {
        classifier = Classifier.loadDefault();
        messages = Corpus.read(Path.of("nlp-models/corpus/dev"));
    }

    @Benchmark
    public Classification classifyOneMessage() {
        LabeledMessage m = messages.get(next);
        next = (next + 1) % messages.size();
        return classifier.classify(m.text(), Channel.ofCode(m.channel()), NOW);
    }
}
