package id.satupintu.channel.telegram;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Long polling (getUpdates) when there is no public URL for a webhook. Telegram lets one process
 * poll a bot at a time and answers 409 Conflict to the others, so instances sharing a database
 * decide among themselves first: the one holding a PostgreSQL session advisory lock polls, and
 * the others say so in the log and do not poll. Several instances belong in webhook mode.
 *
 * <p>Updates are handed to the inbox one by one, in order, on the polling thread. Telegram only
 * forgets updates once the next getUpdates confirms them, so while the inbox cannot take an update
 * (the database is down, a photo cannot be fetched) polling waits and tries again; updates not
 * yet taken when the application stops are delivered again at the next start.
 */
final class TelegramLongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);
    /** A key of PostgreSQL's single-key advisory lock space; the messaging core uses the two-key space. */
    private static final String POLLING_LOCK = "select pg_try_advisory_lock(hashtext('satupintu.telegram.long-polling'))";
    private static final String POLLING_UNLOCK = "select pg_advisory_unlock(hashtext('satupintu.telegram.long-polling'))";
    /** Telegram holds a getUpdates call open for up to 50 s (TelegramBots' timeout) when there is nothing new. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(75);

    private final TelegramProperties properties;
    private final TelegramInbound inbound;
    private final DataSource dataSource;
    private final OkHttpClient http;
    private final RetryTemplate untilTaken;
    private final RetryTemplate untilStarted;
    private final AtomicBoolean conflictReported = new AtomicBoolean();

    private volatile boolean running;
    private Connection lockHolder;
    private ScheduledExecutorService pollingThread;
    private volatile TelegramBotsLongPollingApplication polling;

    TelegramLongPolling(TelegramProperties properties, TelegramInbound inbound, DataSource dataSource, OkHttpClient http) {
        this.properties = properties;
        this.inbound = inbound;
        this.dataSource = dataSource;
        this.http = http.newBuilder().readTimeout(READ_TIMEOUT).addInterceptor(this::reportConflict).build();
        this.untilTaken = whileRunning(TelegramLongPolling::isTemporary);
        this.untilStarted = whileRunning(TelegramApiException.class::isInstance);
    }

    /** Tries again with backoff, up to a minute apart, for as long as the application runs. */
    private RetryTemplate whileRunning(Predicate<Throwable> worthRetrying) {
        return new RetryTemplate(RetryPolicy.builder()
                .predicate(e -> running && worthRetrying.test(e))
                .maxRetries(Long.MAX_VALUE)
                .delay(Duration.ofSeconds(1))
                .multiplier(2)
                .maxDelay(Duration.ofMinutes(1))
                .build());
    }

    @Override
    public boolean isAutoStartup() {
        return properties.mode() == TelegramProperties.Mode.LONG_POLLING;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        try {
            lockHolder = dataSource.getConnection();
            if (!tryLock(lockHolder)) {
                log.error("Telegram long polling is already running on another instance of this application: this "
                        + "instance does not poll. Only one process may poll a bot; run several instances in webhook "
                        + "mode (set PUBLIC_BASE_URL and TELEGRAM_WEBHOOK_SECRET)");
                closeLockHolder();
                return;
            }
        } catch (SQLException e) {
            // Never fail the start-up for a channel: the rest of the service works without it.
            log.error("Telegram long polling did not start: the polling lock could not be taken ({})", e.toString());
            closeLockHolder();
            return;
        }
        running = true;
        pollingThread = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("telegram-polling").daemon().factory());
        pollingThread.execute(this::startPolling);
    }

    /** On the polling thread: BotSession's first call (deleteWebhook) fails while Telegram cannot be reached. */
    private void startPolling() {
        try {
            polling = untilStarted.execute(this::registerBot);
            log.info("Telegram: long polling for updates");
        } catch (RetryException e) {
            if (running) {
                log.error("Telegram long polling did not start", e.getCause());
            }
        }
    }

    private TelegramBotsLongPollingApplication registerBot() throws TelegramApiException {
        // An application whose bot failed to start keeps it registered: each attempt needs a new one.
        var application = new TelegramBotsLongPollingApplication(() -> BotApi.JSON, () -> http, () -> pollingThread,
                ExponentialBackOff::new);
        TelegramUrl url = properties.telegramUrl();
        try {
            application.registerBot(properties.botToken(), () -> url, new DefaultGetUpdatesGenerator(BotApi.ALLOWED_UPDATES),
                    consumer());
            return application;
        } catch (TelegramApiException e) {
            log.warn("Telegram long polling cannot start yet ({}); trying again", e.toString());
            close(application);
            throw e;
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(POLLING_LOCK)) {
            return result.next() && result.getBoolean(1);
        }
    }

    private LongPollingUpdateConsumer consumer() {
        return updates -> {
            for (Update update : updates) {
                if (!running) {
                    return;
                }
                if (!take(update)) {
                    return;
                }
            }
        };
    }

    /** @return whether to go on with the next update (false: stopping) */
    private boolean take(Update update) {
        try {
            untilTaken.execute(() -> inbound.receive(update));
            return true;
        } catch (RetryException e) {
            if (!running) {
                return false;
            }
            // Not a passing failure: trying again would block every citizen behind this one update.
            log.error("Skipping Telegram update {}: it could not be read", update.getUpdateId(), e.getCause());
            return true;
        }
    }

    private static boolean isTemporary(Throwable e) {
        return e instanceof TelegramUnavailableException || e instanceof TransientDataAccessException
                || e instanceof DataAccessResourceFailureException;
    }

    /** BotSession logs a 409 as one more failed request; say once what it means. */
    private Response reportConflict(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (!chain.request().url().encodedPath().endsWith("/getupdates")) {
            return response;
        }
        if (response.code() == 409) {
            if (conflictReported.compareAndSet(false, true)) {
                log.error("Telegram refuses getUpdates with 409 Conflict ({}): another process is polling this bot, "
                                + "or a webhook is set for it. Only one process may poll a bot: stop the other one, or run "
                                + "every instance in webhook mode (PUBLIC_BASE_URL). Polling goes on trying with backoff",
                        response.peekBody(500).string());
            }
        } else if (response.isSuccessful()) {
            conflictReported.set(false);
        }
        return response;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        // Interrupts the long poll in flight, which BotSession logs as a failed request.
        pollingThread.shutdownNow();
        try {
            pollingThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (polling != null) {
            close(polling);
            polling = null;
        }
        unlock();
    }

    private static void close(TelegramBotsLongPollingApplication application) {
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Stopping Telegram long polling: {}", e.toString());
        }
    }

    /** The connection goes back to the pool, its session open: the lock must be given up explicitly. */
    private void unlock() {
        try (var statement = lockHolder.createStatement()) {
            statement.execute(POLLING_UNLOCK);
        } catch (SQLException e) {
            log.warn("Releasing the Telegram polling lock: {}", e.toString());
        }
        closeLockHolder();
    }

    private void closeLockHolder() {
        if (lockHolder != null) {
            try {
                lockHolder.close();
            } catch (SQLException e) {
                log.warn("Closing the Telegram polling lock's connection: {}", e.toString());
            }
            lockHolder = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
