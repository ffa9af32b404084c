package id.satupintu.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


/**
 * Without {@code DATABASE_URL} the service runs on an embedded PostgreSQL whose data lives in
 * {@code satupintu.database.embedded-directory} (default {@code ./data/postgres}). With it, Spring
 * Boot's own DataSource configuration takes over (see application.properties). A blank directory
 * (the tests) gives every application context a fresh database on the JVM's one throw-away server:
 * cached test contexts each run db-scheduler and would otherwise take each other's work. A test
 * that wants two instances on one database points the second at the first one's URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${satupintu.database.url:}'.isBlank()")
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${satupintu.database.embedded-directory:}") String directory,
                                @Value("${satupintu.database.pool-size:20}") int poolSize) {
        EmbeddedPostgres server = EmbeddedPostgresServer.forDirectory(directory);
        String database = directory.isBlank() ? EmbeddedPostgresServer.createThrowAwayDatabase(server) : "postgres";
        log.info("Using the embedded PostgreSQL on port {} (data: {})", server.getPort(),
                directory.isBlank() ? "temporary database " + database : directory);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.getJdbcUrl("postgres", database));
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }

}
