package id.satupintu.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.satupintu.complaint.ComplaintEventType;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.ComplaintView.HistoryEntry;
import id.satupintu.complaint.FiledComplaint;
import id.satupintu.region.Gazetteer;
import id.satupintu.region.Region;
import id.satupintu.taxonomy.Category;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Open311 GeoReport v2, JSON format: the report categories are the services; clients with an API
 * key file service requests (form-encoded POST), and anyone reads the published ones back. Errors
 * are GeoReport's list of {@code {code, description}}.
 */
@RestController
@RequestMapping(path = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class Open311Controller {

    /** Without dates, a list covers the last 90 days (as the specification suggests). */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final int MAX_DESCRIPTION = 20_000;

    /** History entries whose notes staff wrote for the public record (not the citizen's own words). */
    private static final Set<ComplaintEventType> STATUS_NOTES = EnumSet.of(ComplaintEventType.DISPOSED,
            ComplaintEventType.REROUTED, ComplaintEventType.POSTPONED, ComplaintEventType.RESPONDED,
            ComplaintEventType.COMPLETED, ComplaintEventType.AUTO_CLOSED, ComplaintEventType.ARCHIVED,
            ComplaintEventType.DECLINED);

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
                   String keywords, String group) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Created(String serviceRequestId, String serviceNotice, String accountId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceRequest(String serviceRequestId, String status, String statusNotes, String serviceName,
                          String serviceCode, String description, String agencyResponsible, String serviceNotice,
                          OffsetDateTime requestedDatetime, OffsetDateTime updatedDatetime,
                          OffsetDateTime expectedDatetime, String address, String addressId, String zipcode,
                          Double lat, @JsonProperty("long") Double lon, String mediaUrl) {
    }

    private final Open311Requests requests;
    private final ServiceCatalog catalog;
    private final Open311Properties properties;
    private final Gazetteer gazetteer;
    private final MessageSource messages;
    private final ZoneId zone;

    Open311Controller(Open311Requests requests, ServiceCatalog catalog, Open311Properties properties, Gazetteer gazetteer,
                      MessageSource messages, @Value("${satupintu.complaint.zone:Asia/Jakarta}") ZoneId zone) {
        this.requests = requests;
        this.catalog = catalog;
        this.properties = properties;
        this.gazetteer = gazetteer;
        this.messages = messages;
        this.zone = zone;
    }

    @GetMapping("/services.json")
    List<Service> services() {
        return catalog.all().stream()
                .map(s -> new Service(s.category().name(), s.name(), s.covers(), false, "realtime", s.covers(),
                        s.category().defaultAgencyType().name()))
                .toList();
    }

    @PostMapping(path = "/requests.json", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    List<Created> create(@RequestParam(name = "api_key", required = false) String apiKey,
                         @RequestParam(name = "service_code", required = false) String serviceCode,
                         @RequestParam(required = false) String lat,
                         @RequestParam(name = "long", required = false) String lon,
                         @RequestParam(name = "address_string", required = false) String addressString,
                         @RequestParam(required = false) String description,
                         @RequestParam(name = "first_name", required = false) String firstName,
                         @RequestParam(name = "last_name", required = false) String lastName,
                         @RequestParam(required = false) String email,
                         @RequestParam(required = false) String phone,
                         @RequestParam(name = "media_url", required = false) String mediaUrl,
                         Locale locale) {
        String client = properties.clientFor(apiKey).orElseThrow(() -> new Open311Exception(403,
                "api_key is missing or unknown; ask the administrator for a key"));
        Category category = category(serviceCode);
        Double latitude = coordinate(lat, "lat", 90);
        Double longitude = coordinate(lon, "long", 180);
        String address = blankToNull(addressString);
        if ((latitude == null || longitude == null) && address == null) {
            throw new Open311Exception(400, "A location is required: lat and long, or address_string");
        }
        String text = blankToNull(description);
        if (text == null) {
            throw new Open311Exception(400, "description is required: what happened, in the citizen's words");
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new Open311Exception(400, "description must be at most " + MAX_DESCRIPTION + " characters");
        }
        String name = blankToNull(Stream.of(firstName, lastName).filter(Objects::nonNull).map(String::strip)
                .collect(Collectors.joining(" ")));
        String contact = Optional.ofNullable(blankToNull(email)).orElse(blankToNull(phone));
        FiledComplaint filed = requests.file(new Open311Requests.NewRequest(client, category, latitude, longitude, address,
                text, name, contact, blankToNull(mediaUrl)));
        return List.of(new Created(filed.trackingId(), notice(filed, locale), null));
    }

    @GetMapping("/requests/{id}.json")
    List<ServiceRequest> one(@PathVariable String id) {
        ComplaintView view = requests.find(id).orElseThrow(() -> new Open311Exception(404, "No service request " + id));
        return shown(List.of(view));
    }

    @GetMapping("/requests.json")
    List<ServiceRequest> list(@RequestParam(name = "service_request_id", required = false) String ids,
                              @RequestParam(name = "service_code", required = false) String serviceCodes,
                              @RequestParam(name = "start_date", required = false) String startDate,
                              @RequestParam(name = "end_date", required = false) String endDate,
                              @RequestParam(required = false) String status) {
        Set<Category> categories = split(serviceCodes).stream().map(this::category).collect(Collectors.toSet());
        Set<String> statuses = split(status).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw new Open311Exception(400, "status is open or closed (or both, comma-separated)");
        }
        List<ComplaintView> found;
        if (ids != null && !ids.isBlank()) {
            found = split(ids).stream().flatMap(id -> requests.find(id).stream()).toList();
        } else {
            Instant end = instant(endDate, "end_date").orElseGet(Instant::now);
            Instant start = instant(startDate, "start_date").orElseGet(() -> end.minus(DEFAULT_WINDOW));
            found = requests.filedBetween(start, end, categories.size() == 1 ? categories.iterator().next() : null);
        }
        return shown(found.stream()
                .filter(v -> categories.isEmpty() || categories.contains(v.category()))
                .filter(v -> statuses.isEmpty() || statuses.contains(status(v)))
                .toList());
    }

    private List<ServiceRequest> shown(List<ComplaintView> views) {
        Map<String, Open311Requests.Extra> extras = requests.extras(views.stream().map(ComplaintView::trackingId).toList());
        return views.stream().map(v -> request(v, extras.get(v.trackingId()))).toList();
    }

    private ServiceRequest request(ComplaintView v, Open311Requests.Extra extra) {
        String address = extra != null && extra.addressString() != null ? extra.addressString() : place(v);
        LocalDate expected = v.deadlines().completion() != null ? v.deadlines().completion() : v.deadlines().verification();
        return new ServiceRequest(v.trackingId(), status(v), statusNotes(v), catalog.of(v.category()).name(),
                v.category().name(), v.description(), v.agency() != null ? v.agency().name() : null, null,
                at(v.filedAt()), at(v.updatedAt()),
                expected == null ? null : expected.plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime(),
                address, null, null, extra == null ? null : extra.lat(), extra == null ? null : extra.lon(),
                extra == null ? null : extra.mediaUrl());
    }

    private static String status(ComplaintView v) {
        return v.status().isClosed() ? "closed" : "open";
    }

    /** The latest note staff wrote, with the report's status (Indonesian, as citizens read it). */
    private static String statusNotes(ComplaintView v) {
        String latest = v.history().stream()
                .filter(e -> STATUS_NOTES.contains(e.type()) && e.note() != null)
                .max(Comparator.comparing(HistoryEntry::at))
                .map(HistoryEntry::note)
                .orElse(null);
        return latest == null ? v.status().name() : v.status().name() + ": " + latest;
    }

    private String place(ComplaintView v) {
        String region = v.regionCode() == null ? null : gazetteer.byCode(v.regionCode()).map(Region::name).orElse(v.regionCode());
        return blankToNull(Stream.of(v.placeText(), region).filter(Objects::nonNull).collect(Collectors.joining(", ")));
    }

    private String notice(FiledComplaint filed, Locale locale) {
        return messages.getMessage("open311.notice", new Object[]{filed.trackingId(), filed.verificationDue()}, locale);
    }

    private OffsetDateTime at(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    private Category category(String code) {
        if (code == null || code.isBlank()) {
            throw new Open311Exception(400, "service_code is required: one of the codes from services.json");
        }
        return Arrays.stream(Category.values()).filter(c -> c.name().equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new Open311Exception(404, "No service " + code.strip() + "; services.json lists them"));
    }

    private static Double coordinate(String value, String name, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (Double.isFinite(d) && Math.abs(d) <= limit) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new Open311Exception(400, name + " must be a WGS84 decimal degree between -" + limit + " and " + limit);
    }

    private static Optional<Instant> instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            throw new Open311Exception(400, name + " must be a W3C date and time with its zone, e.g. 2026-01-01T00:00:00+07:00");
        }
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every text parameter passes here; PostgreSQL's text cannot hold a NUL character. */
    private static String blankToNull(String s) {
        if (s != null && s.indexOf('\0') >= 0) {
            throw new Open311Exception(400, "Parameters must not contain NUL characters");
        }
        return s == null || s.isBlank() ? null : s.strip();
    }
}
