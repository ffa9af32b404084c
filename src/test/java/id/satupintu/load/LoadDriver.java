package id.satupintu.load;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.satupintu.channel.twilio.FakeTwilio;
import id.satupintu.channel.twilio.TwilioWebhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The load benchmark ({@code ./mvnw -Pload -DskipTests verify}; method and figures in
 * docs/operations.md, "Load figures"). Starts the packaged jar as its own process under the
 * {@code benchmark} profile, with Twilio's API played by WireMock in this process, then measures in
 * one run:
 * <ol>
 * <li>the insert-only endpoint as fast as it goes (the machine's ceiling), then at the target rate;</li>
 * <li>signed SMS webhooks from many distinct citizens at the target rate (open model: requests are
 *     sent at fixed times whatever the answers, and latency counts from the intended time, so a
 *     stall is not hidden by the driver waiting for it), then how long the background takes to
 *     handle every message (classification, conversation step, reply queued);</li>
 * <li>the SMS webhook as fast as it goes, for its ratio to the ceiling.</li>
 * </ol>
 * Settings as system properties: {@code load.rate}, {@code load.seconds}, {@code load.citizens},
 * {@code load.concurrency}, {@code load.jfr}, and {@code load.app-args} passed to the application.
 */
public final class LoadDriver {

    private static final String WEBHOOK_PATH = "/webhooks/twilio/messages";
    private static final String CEILING_PATH = "/benchmark/insert";
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    /** What citizens write, in the order of a conversation: a report, where it is, a numbered answer, a confirmation. */
    private static final List<List<String>> CONVERSATION = List.of(
            List.of("Jalan di depan SD Negeri 3 rusak parah, banyak lubang besar dan sering ada kecelakaan motor",
                    "Lampu penerangan jalan di simpang pasar sudah mati dua minggu, gelap sekali kalau malam",
                    "Sampah menumpuk di pinggir sungai dekat jembatan, baunya menyengat dan belum diangkut",
                    "Pelayanan KTP di kantor kecamatan lambat sekali, sudah tiga kali datang belum selesai",
                    "Air PDAM tidak mengalir ke rumah kami sejak hari Senin, mohon segera diperbaiki",
                    "Saya usul ada jadwal posyandu sore hari supaya ibu yang bekerja bisa datang"),
            List.of("Di Kecamatan Tebing Tinggi, Kabupaten Empat Lawang", "Desa Pasar Tebing Tinggi, Empat Lawang"),
            List.of("1"),
            List.of("YA"));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Settings settings;
    private final Application app;

    private LoadDriver(Settings settings, Application app) {
        this.settings = settings;
        this.app = app;
    }

    record Settings(Path jar, Path workDirectory, int rate, Duration duration, int citizens, int concurrency,
                    boolean jfr, List<String> appArguments) {

        static Settings fromSystemProperties() {
            String appArgs = System.getProperty("load.app-args", "").strip();
            return new Settings(Path.of(System.getProperty("load.jar", "target/satupintu.jar")),
                    Path.of(System.getProperty("load.dir", "target/load")),
                    Integer.getInteger("load.rate", 1000),
                    Duration.ofSeconds(Integer.getInteger("load.seconds", 30)),
                    Integer.getInteger("load.citizens", 10_000),
                    Integer.getInteger("load.concurrency", 32),
                    Boolean.getBoolean("load.jfr"),
                    appArgs.isEmpty() ? List.of() : List.of(appArgs.split("\\s+")));
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.workDirectory());
        var twilio = new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal());
        twilio.start();
        twilio.stubFor(post(urlPathEqualTo(FakeTwilio.MESSAGES_PATH)).willReturn(FakeTwilio.created()));
        int exit = 1;
        try (Application app = Application.start(settings, twilio.baseUrl())) {
            new LoadDriver(settings, app).run();
            exit = 0;
        } finally {
            twilio.stop();
            // WireMock's and the HTTP client's threads would keep the JVM alive.
            System.exit(exit);
        }
    }

    private void run() throws Exception {
        // The whole path compiled by the JIT before anything is counted; the warm-up's citizens are others.
        openLoop("warm-up", smsRequests("+62814", settings.rate() * (int) WARM_UP.toSeconds() / 2));
        awaitHandled();
        List<Row> rows = new ArrayList<>();
        int ceilingCount = settings.rate() * (int) settings.duration().toSeconds();
        List<HttpRequest> ceilingRequests = ceilingRequests(ceilingCount + 200_000);
        Measured ceiling = closedLoop("insert-only (ceiling)", ceilingRequests.subList(0, 200_000));
        rows.add(ceiling.row());
        rows.add(openLoop("insert-only", ceilingRequests.subList(200_000, ceilingRequests.size())).row());

        Progress before = app.progress();
        List<HttpRequest> sms = smsRequests("+62813", ceilingCount);
        Measured open = openLoop("SMS webhook", sms);
        rows.add(open.row());
        Drain drain = drain(before, open);

        Measured capacity = closedLoop("SMS webhook", smsRequests("+62813", 200_000));
        rows.add(capacity.row());
        Progress end = app.progress();

        System.out.println();
        System.out.printf(Locale.ROOT, "Load figures: %d citizens, target %d/s for %d s, %d cores%n",
                settings.citizens(), settings.rate(), settings.duration().toSeconds(), Runtime.getRuntime().availableProcessors());
        System.out.println("| endpoint | model | sent | accepted/s | p50 ms | p99 ms | max ms | errors |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        rows.forEach(row -> System.out.println(row.markdown()));
        System.out.println();
        System.out.println(drain.describe());
        System.out.printf(Locale.ROOT, "SMS webhook at the target rate: %.0f%% of the insert-only ceiling (%.0f/s of %.0f/s)%n",
                100 * open.throughput() / ceiling.throughput(), open.throughput(), ceiling.throughput());
        System.out.printf(Locale.ROOT, "SMS webhook flat out: %.0f%% of the ceiling (%.0f/s of %.0f/s); "
                        + "left pending after it: %d, replies queued %d%n",
                100 * capacity.throughput() / ceiling.throughput(), capacity.throughput(), ceiling.throughput(),
                end.pending(), end.queued());
    }

    /** The background after a phase: how long it took to handle every message {@code load} sent. */
    private Drain drain(Progress before, Measured load) throws Exception {
        Progress now = awaitHandled();
        long handled = (now.accepted() - before.accepted()) - (now.pending() - before.pending());
        double seconds = (now.at() - load.firstIntended()) / 1e9;
        double afterLast = (now.at() - load.lastIntended()) / 1e9;
        return new Drain(handled, now.pending(), seconds, afterLast, now.replies() - before.replies(), now.queued());
    }

    /** Waits (at most 3 minutes) until no accepted message is pending. */
    private Progress awaitHandled() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        Progress now = app.progress();
        while (now.pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            now = app.progress();
        }
        return now;
    }

    record Drain(long handled, long pending, double seconds, double afterLastSent, long replies, long queued) {

        String describe() {
            return String.format(Locale.ROOT, "Background: %d messages handled in %.1f s from the first send (%.0f/s), "
                            + "%s %.1f s after the last send; %d replies queued, %d of them still waiting for Twilio's limit",
                    handled, seconds, handled / seconds, pending == 0 ? "all done" : pending + " still pending",
                    afterLastSent, replies, queued);
        }
    }

    /** Sends each request at its intended time, {@code 1/rate} apart, never waiting for answers. */
    private Measured openLoop(String endpoint, List<HttpRequest> requests) throws InterruptedException {
        int n = requests.size();
        long[] latency = new long[n];
        int[] status = new int[n];
        long interval = 1_000_000_000L / settings.rate();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<CompletableFuture<?>> pending = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long intended = start + i * interval;
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            pending.add(http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latency[index] = System.nanoTime() - intended;
                        status[index] = failure == null ? response.statusCode() : -1;
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .exceptionally(failure -> null)
                .orTimeout(2, TimeUnit.MINUTES)
                .join();
        return Measured.of(endpoint, "open, " + settings.rate() + "/s", start, interval, latency, status);
    }

    /** As fast as it goes: {@code concurrency} clients, each sending its next request when answered. */
    private Measured closedLoop(String endpoint, List<HttpRequest> requests) throws InterruptedException {
        var next = new AtomicLong();
        long[] latency = new long[requests.size()];
        long[] sentAt = new long[requests.size()];
        int[] status = new int[requests.size()];
        long start = System.nanoTime();
        long end = start + WARM_UP.toNanos() + settings.duration().toNanos() / 2;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < settings.concurrency(); c++) {
            clients.add(Thread.ofVirtual().start(() -> {
                for (int i = (int) next.getAndIncrement(); i < requests.size() && System.nanoTime() < end;
                     i = (int) next.getAndIncrement()) {
                    sentAt[i] = System.nanoTime();
                    try {
                        status[i] = http.send(requests.get(i), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status[i] = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latency[i] = System.nanoTime() - sentAt[i];
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        int sent = (int) Math.min(next.get(), requests.size());
        return Measured.closed(endpoint, "closed, " + settings.concurrency() + " clients", start + WARM_UP.toNanos(),
                sentAt, latency, status, sent);
    }

    /** One round of {@link #CONVERSATION} per citizen in turn, so that each citizen's messages are seconds apart. */
    private List<HttpRequest> smsRequests(String numberPrefix, int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int citizen = i % settings.citizens();
            int step = i / settings.citizens();
            List<String> texts = CONVERSATION.get(Math.min(step, CONVERSATION.size() - 1));
            String from = numberPrefix + String.format(Locale.ROOT, "%08d", citizen);
            TwilioWebhook webhook = TwilioWebhook.sms(from, texts.get(citizen % texts.size()))
                    .with("MessageSid", "SMload" + run + String.format(Locale.ROOT, "%024d", i));
            requests.add(HttpRequest.newBuilder(app.uri(WEBHOOK_PATH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", webhook.computeSignature())
                    .POST(HttpRequest.BodyPublishers.ofString(webhook.body()))
                    .build());
        }
        return requests;
    }

    private List<HttpRequest> ceilingRequests(int count) {
        List<HttpRequest> requests = new ArrayList<>(count);
        String body = CONVERSATION.getFirst().getFirst();
        for (int i = 0; i < count; i++) {
            requests.add(HttpRequest.newBuilder(app.uri(CEILING_PATH))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }
        return requests;
    }

    /** One measured phase; requests sent during the first {@link #WARM_UP} are not counted. */
    record Measured(String endpoint, String model, int sent, double throughput, double p50, double p99, double max,
                    int errors, long firstIntended, long lastIntended) {

        static Measured of(String endpoint, String model, long start, long interval, long[] latency, int[] status) {
            int first = (int) Math.min(latency.length, WARM_UP.toNanos() / interval);
            List<Long> counted = new ArrayList<>();
            int errors = 0;
            long lastDone = 0;
            for (int i = first; i < latency.length; i++) {
                counted.add(latency[i]);
                errors += status[i] / 100 == 2 ? 0 : 1;
                lastDone = Math.max(lastDone, start + i * interval + latency[i]);
            }
            long firstSent = start + first * interval;
            double seconds = (lastDone - firstSent) / 1e9;
            return summary(endpoint, model, latency.length, counted, errors, seconds, start,
                    start + (latency.length - 1) * interval);
        }

        static Measured closed(String endpoint, String model, long countFrom, long[] sentAt, long[] latency,
                               int[] status, int sent) {
            List<Long> counted = new ArrayList<>();
            int errors = 0;
            long lastDone = countFrom;
            for (int i = 0; i < sent; i++) {
                if (sentAt[i] >= countFrom && latency[i] > 0) {
                    counted.add(latency[i]);
                    errors += status[i] / 100 == 2 ? 0 : 1;
                    lastDone = Math.max(lastDone, sentAt[i] + latency[i]);
                }
            }
            return summary(endpoint, model, sent, counted, errors, (lastDone - countFrom) / 1e9, countFrom, lastDone);
        }

        private static Measured summary(String endpoint, String model, int sent, List<Long> latencies, int errors,
                                        double seconds, long firstIntended, long lastIntended) {
            latencies.sort(null);
            return new Measured(endpoint, model, sent, latencies.size() / seconds, millis(latencies, 0.50),
                    millis(latencies, 0.99), latencies.isEmpty() ? 0 : latencies.getLast() / 1e6, errors,
                    firstIntended, lastIntended);
        }

        private static double millis(List<Long> sorted, double quantile) {
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
        }

        Row row() {
            return new Row(endpoint, model, sent, throughput, p50, p99, max, errors);
        }
    }

    record Row(String endpoint, String model, int sent, double throughput, double p50, double p99, double max, int errors) {

        String markdown() {
            return String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %d |",
                    endpoint, model, sent, throughput, p50, p99, max, errors);
        }
    }

    /** What the application's meters say about its queues, read at {@code at} (nanoTime). */
    record Progress(long accepted, long pending, long replies, long queued, long at) {
    }

    /** The packaged application in its own process, on a throw-away embedded PostgreSQL. */
    static final class Application implements AutoCloseable {

        private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

        private final Process process;
        private final int port;
        private final HttpClient http = HttpClient.newHttpClient();
        private String token;

        private Application(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Application start(Settings settings, String twilioUrl) throws Exception {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            if (settings.jfr()) {
                command.add("-XX:StartFlightRecording=filename=" + settings.workDirectory().resolve("app.jfr")
                        + ",settings=profile");
            }
            command.addAll(List.of("-jar", settings.jar().toString(),
                    "--spring.profiles.active=benchmark", "--server.port=" + port,
                    // Blank: a throw-away database, so that every run starts empty.
                    "--satupintu.database.embedded-directory="));
            command.addAll(settings.appArguments());
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(settings.workDirectory().resolve("app.log").toFile());
            var env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("TELEGRAM_") || name.startsWith("X_")
                    || name.startsWith("META_") || name.startsWith("DATABASE_"));
            env.put("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID);
            env.put("TWILIO_AUTH_TOKEN", FakeTwilio.AUTH_TOKEN);
            env.put("TWILIO_SMS_FROM", FakeTwilio.SMS_FROM);
            env.put("TWILIO_API_URL", twilioUrl);
            env.put("PUBLIC_BASE_URL", FakeTwilio.PUBLIC_BASE_URL);
            env.put("SATUPINTU_ADMIN_USERNAME", "load");
            String password = UUID.randomUUID().toString();
            env.put("SATUPINTU_ADMIN_PASSWORD", password);
            var app = new Application(builder.start(), port);
            try {
                app.awaitReady(password);
            } catch (Exception e) {
                app.close();
                throw e;
            }
            System.out.printf("Application up on port %d (log: %s)%n", port, settings.workDirectory().resolve("app.log"));
            return app;
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private void awaitReady(String password) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application exited with " + process.exitValue() + "; see its log");
                }
                try {
                    if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The application did not start within 3 minutes");
                }
                Thread.sleep(500);
            }
            String basic = Base64.getEncoder().encodeToString(("load:" + password).getBytes(StandardCharsets.UTF_8));
            String answer = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = TOKEN.matcher(answer);
            if (!m.find()) {
                throw new IllegalStateException("No API token for the metrics: " + answer);
            }
            token = m.group(1);
        }

        Progress progress() throws Exception {
            String metrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            return new Progress(meter(metrics, "satupintu_inbound_messages_total{channel=\"sms\""),
                    meter(metrics, "satupintu_inbox_pending"),
                    meter(metrics, "satupintu_outbound_messages_total{channel=\"sms\"")
                            + meter(metrics, "satupintu_outbox_queued{channel=\"sms\""),
                    meter(metrics, "satupintu_outbox_queued{channel=\"sms\""),
                    System.nanoTime());
        }

        /** A meter's value from the Prometheus text format; 0 when it has not been registered yet. */
        private static long meter(String metrics, String prefix) {
            for (String line : metrics.lines().toList()) {
                if (line.startsWith(prefix + " ") || line.startsWith(prefix + ",") || line.startsWith(prefix + "}")) {
                    return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return 0;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
