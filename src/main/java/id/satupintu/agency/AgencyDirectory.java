package id.satupintu.agency;

import id.satupintu.taxonomy.AgencyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static id.satupintu.agency.RoutingReason.*;

/**
 * The agencies that can act on reports, and routing: which of them is competent for an agency type
 * in a region. Routing never fails: where no competent agency is listed, an administrator (of the
 * region, else of its province, else the national one) gets the report to route it by hand, and
 * the decision says why.
 */
@Service
public class AgencyDirectory {

    private static final String SELECT = """
            select code, agency_type, level, region_code, name,
                   array(select h.platform || ' ' || h.handle from agency_social_handle h
                         where h.agency_code = a.code order by 1) as handles
            from agency a""";

    private final JdbcClient jdbc;

    AgencyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agency> byCode(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(AgencyDirectory::agency).optional();
    }

    /** Every agency: national offices first, then by region and type. */
    public List<Agency> all() {
        return jdbc.sql(SELECT + " order by region_code nulls first, agency_type").query(AgencyDirectory::agency).list();
    }

    /**
     * @param type       the competent agency type, or null when it could not be determined
     * @param regionCode the Kemendagri code of the province, kabupaten/kota, kecamatan or desa where
     *                   it happened, or null when unknown
     */
    public RoutingDecision route(AgencyType type, String regionCode) {
        RegionCode region = RegionCode.isWellFormed(regionCode) ? new RegionCode(regionCode) : null;
        if (type == null) {
            return administrator(region, AGENCY_TYPE_MISSING, "No agency type was determined");
        }
        if (type == AgencyType.ADMIN) {
            return administrator(region, ADMINISTRATOR_REQUESTED, "The administrator was asked for");
        }
        if (type.isNational()) {
            return routeNational(type, region);
        }
        if (region == null) {
            return administrator(null, REGION_MISSING, type + " is a regional body and no region is known");
        }
        if (region.regency() == null) {
            return find(type, region.province())
                    .map(a -> new RoutingDecision(a, PROVINCIAL_AGENCY, "Region %s is a province: its own %s".formatted(region.code(), type)))
                    .orElseGet(() -> administrator(region, NO_AGENCY_OF_TYPE, "No provincial " + type + " is listed"));
        }
        return find(type, region.regency())
                .map(a -> new RoutingDecision(a, COMPETENT_AGENCY, "The %s of kabupaten/kota %s".formatted(type, region.regency())))
                .orElseGet(() -> administrator(region, NO_AGENCY_OF_TYPE, "No %s is listed for %s".formatted(type, region.regency())));
    }

    private RoutingDecision routeNational(AgencyType type, RegionCode region) {
        Optional<Agency> unit = Optional.empty();
        if (region != null) {
            unit = (region.regency() == null ? unit : find(type, region.regency())).or(() -> find(type, region.province()));
        }
        return unit
                .map(a -> new RoutingDecision(a, REGIONAL_UNIT, "%s is a national body: its unit for region %s".formatted(type, region.code())))
                .orElseGet(() -> new RoutingDecision(national(type), NATIONAL_OFFICE,
                        type + " is a national body with no unit listed for the region: its national office"));
    }

    /** The administrator of the region itself, else of its province, else the national one. */
    private RoutingDecision administrator(RegionCode region, RoutingReason reason, String because) {
        if (region == null) {
            return new RoutingDecision(national(AgencyType.ADMIN), reason, because + "; the national administrator routes it");
        }
        String own = region.regency() != null ? region.regency() : region.province();
        Optional<Agency> ownAdministrator = find(AgencyType.ADMIN, own);
        if (ownAdministrator.isPresent()) {
            return new RoutingDecision(ownAdministrator.get(), reason, because + "; the administrator of " + own + " routes it");
        }
        String notListed = because + "; region " + own + " is not in the directory: ";
        Optional<Agency> provincial = region.regency() != null ? find(AgencyType.ADMIN, region.province()) : Optional.empty();
        return provincial
                .map(a -> new RoutingDecision(a, REGION_NOT_IN_DIRECTORY,
                        notListed + "the administrator of province " + region.province() + " routes it"))
                .orElseGet(() -> new RoutingDecision(national(AgencyType.ADMIN), REGION_NOT_IN_DIRECTORY,
                        notListed + "the national administrator routes it"));
    }

    private Optional<Agency> find(AgencyType type, String regionCode) {
        return jdbc.sql(SELECT + " where agency_type = ? and region_code = ?")
                .param(type.name()).param(regionCode)
                .query(AgencyDirectory::agency).optional();
    }

    private Agency national(AgencyType type) {
        return jdbc.sql(SELECT + " where agency_type = ? and region_code is null")
                .param(type.name())
                .query(AgencyDirectory::agency).optional()
                .orElseThrow(() -> new IllegalStateException("The directory lists no national " + type));
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        List<SocialHandle> handles = Arrays.stream((String[]) rs.getArray("handles").getArray())
                .map(h -> h.split(" ", 2))
                .map(h -> new SocialHandle(h[0], h[1]))
                .toList();
        return new Agency(rs.getString("code"), AgencyType.valueOf(rs.getString("agency_type")),
                AgencyLevel.valueOf(rs.getString("level")), rs.getString("region_code"), rs.getString("name"), handles);
    }
}
