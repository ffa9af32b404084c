package id.satupintu.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server per data directory and JVM. Shared rather than owned by a Spring
 * context so that the test suite (many cached contexts, some started twice on purpose) starts the
 * server once per JVM, and so that closing one context never pulls the database from another.
 */
final class EmbeddedPostgresServer {

    private static final Map<String, EmbeddedPostgres> SERVERS = new HashMap<>();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedPostgresServer() {
    }

    /** @param dataDirectory where the data lives across restarts; blank for a throw-away server */
    static synchronized EmbeddedPostgres forDirectory(String dataDirectory) {
        return SERVERS.computeIfAbsent(dataDirectory, EmbeddedPostgresServer::start);
    }

    /** Creates an empty database on {@code server} and returns its name. */
    static String createThrowAwayDatabase(EmbeddedPostgres server) {
        String name = "satupintu_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return name;
    }

    private static EmbeddedPostgres start(String dataDirectory) {
        try {
            var builder = EmbeddedPostgres.builder()
                    // Its own JVM hook would race the contexts' shutdown; see the handler below.
                    .setRegisterShutdownHook(false)
                    // Crash durability matters in the default run: a reply or report must survive kill -9.
                    .setServerConfig("synchronous_commit", "on");
            if (!dataDirectory.isBlank()) {
                Path dir = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            // Boot runs its shutdown handlers after closing every context, so nothing still needs the
            // database (the event registry checks its publications on close) when it stops.
            SpringApplication.getShutdownHandlers().add(() -> closeQuietly(server));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDirectory + "'", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // The JVM is exiting; PostgreSQL recovers from an unclean stop on the next start.
        }
    }
}
