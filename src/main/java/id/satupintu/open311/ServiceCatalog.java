package id.satupintu.open311;

import id.satupintu.taxonomy.Category;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The services an Open311 client may request: the report categories, named and described as the
 * shared taxonomy file does ({@code taxonomy/categories.csv}: code, Indonesian name, English name,
 * what it covers in quotes, usual agency type).
 */
@Component
class ServiceCatalog {

    /** One category as a GeoReport service. */
    record Service(Category category, String name, String covers) {
    }

    private final Map<Category, Service> services;

    ServiceCatalog() {
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/taxonomy/categories.csv"))) {
            services = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(ServiceCatalog::parse)
                    .collect(Collectors.toUnmodifiableMap(Service::category, Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read taxonomy/categories.csv", e);
        }
    }

    private static Service parse(String line) {
        String[] head = line.split(",", 4);
        String covers = head[3].substring(head[3].indexOf('"') + 1, head[3].lastIndexOf('"'));
        return new Service(Category.valueOf(head[0]), head[1], covers);
    }

    List<Service> all() {
        return Arrays.stream(Category.values()).map(services::get).toList();
    }

    Service of(Category category) {
        return services.get(category);
    }
}
