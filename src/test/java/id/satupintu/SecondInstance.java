package id.satupintu;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.util.stream.Stream;

/**
 * Command-line arguments that start another application instance on the database of a test's own
 * context (every test context has a database of its own; see DatabaseConfiguration). Arguments,
 * because they outrank the test configuration files.
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    public static String[] onTheDatabaseOf(DataSource dataSource, String... more) {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        return Stream.concat(Stream.of(
                        "--satupintu.database.url=" + url,
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres"),
                Stream.of(more)).toArray(String[]::new);
    }
}
