package id.satupintu.open311;

import id.satupintu.account.Actor;
import id.satupintu.account.Role;
import id.satupintu.complaint.ComplaintFilter;
import id.satupintu.complaint.ComplaintView;
import id.satupintu.complaint.Complaints;
import id.satupintu.complaint.FiledComplaint;
import id.satupintu.complaint.NewComplaint;
import id.satupintu.complaint.NewComplaint.Reporter;
import id.satupintu.complaint.Privacy;
import id.satupintu.complaint.ReporterAddress;
import id.satupintu.region.Region;
import id.satupintu.region.RegionLookup;
import id.satupintu.region.RegionMatch;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Service requests as Open311 sees them: reports filed by an Open311 client, and every published
 * report read back. Reads are public, so they see what the public may: no confidential (RAHASIA)
 * report, and anonymous reporters removed from the texts.
 */
@Service
class Open311Requests {

    /** Origin channel of the reports Open311 clients file. */
    static final String CHANNEL = "open311";
    /** The public reader: sees every agency's reports but never an anonymous reporter. */
    static final Actor PUBLIC = new Actor(0, "open311", Role.SUPERVISOR, null);
    static final int MAX_RESULTS = 1000;

    /** What a client sent beyond the report itself. */
    record Extra(String client, Double lat, Double lon, String addressString, String mediaUrl) {
    }

    /** A new service request as the client described it. */
    record NewRequest(String client, Category category, Double lat, Double lon, String addressString,
                      String description, String name, String contact, String mediaUrl) {
    }

    private final Complaints complaints;
    private final RegionLookup regions;
    private final JdbcClient jdbc;
    private final ZoneId zone;

    Open311Requests(Complaints complaints, RegionLookup regions, JdbcClient jdbc,
                    @Value("${satupintu.complaint.zone:Asia/Jakarta}") ZoneId zone) {
        this.complaints = complaints;
        this.regions = regions;
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /**
     * Files the request as a complaint (routed like any other; the region comes from the address,
     * else from the description) and keeps what the client sent with it.
     */
    @Transactional
    FiledComplaint file(NewRequest request) {
        String regionCode = Optional.ofNullable(request.addressString()).flatMap(regions::findIn)
                .or(() -> regions.findIn(request.description()))
                .map(RegionMatch::mostSpecific).map(Region::code)
                .orElse(null);
        var report = new NewComplaint(Kind.PENGADUAN, request.category(), null, regionCode, request.addressString(), null,
                request.description(), new Reporter(request.name(), request.contact(), Privacy.BIASA),
                new ReporterAddress(CHANNEL, request.client()), null, List.of(), null);
        FiledComplaint filed = complaints.file(report);
        jdbc.sql("""
                        insert into open311_request (tracking_id, client, lat, long, address_string, media_url, received_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(filed.trackingId(), request.client(), request.lat(), request.lon(), request.addressString(),
                        request.mediaUrl(), Instant.now().atOffset(ZoneOffset.UTC))
                .update();
        return filed;
    }

    /** One published report, if it exists. */
    Optional<ComplaintView> find(String trackingId) {
        return complaints.byTrackingId(trackingId, PUBLIC).filter(Open311Requests::published);
    }

    /** Published reports filed in [from, to], newest first, at most {@link #MAX_RESULTS}. */
    List<ComplaintView> filedBetween(Instant from, Instant to, Category onlyCategory) {
        var filter = new ComplaintFilter(null, onlyCategory, null, null, null,
                from.atZone(zone).toLocalDate(), to.atZone(zone).toLocalDate(), null, null);
        return complaints.search(filter, PageRequest.of(0, MAX_RESULTS), PUBLIC).getContent().stream()
                .filter(Open311Requests::published)
                .filter(v -> !v.filedAt().isBefore(from) && !v.filedAt().isAfter(to))
                .toList();
    }

    /** What Open311 clients sent with these reports, by tracking id. */
    Map<String, Extra> extras(Collection<String> trackingIds) {
        if (trackingIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select tracking_id, client, lat, long, address_string, media_url from open311_request where tracking_id in (:ids)")
                .param("ids", trackingIds)
                .query((rs, n) -> Map.entry(rs.getString("tracking_id"), new Extra(rs.getString("client"),
                        rs.getObject("lat", Double.class), rs.getObject("long", Double.class),
                        rs.getString("address_string"), rs.getString("media_url"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static boolean published(ComplaintView view) {
        return view.reporter().privacy().isPublishable();
    }
}
