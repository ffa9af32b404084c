package id.satupintu.benchmark;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /benchmark/insert}: stores the body as one row, the least a webhook can do. Its
 * table is created here, at start under the profile, rather than by a Flyway migration: a migration
 * would put a table that only the benchmark uses into every production database, for good.
 */
@RestController
@Profile(BenchmarkInsertController.PROFILE)
class BenchmarkInsertController {

    static final String PROFILE = "benchmark";
    static final String PATH = "/benchmark/insert";

    private final JdbcClient jdbc;

    BenchmarkInsertController(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("create table if not exists benchmark_insert (id bigserial primary key, body text not null, "
                + "received_at timestamptz not null default now())").update();
    }

    @PostMapping(PATH)
    ResponseEntity<Void> insert(@RequestBody String body) {
        jdbc.sql("insert into benchmark_insert (body) values (?)").param(body).update();
        return ResponseEntity.noContent().build();
    }
}
