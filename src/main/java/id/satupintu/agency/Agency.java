package id.satupintu.agency;

import id.satupintu.taxonomy.AgencyType;

import java.util.List;

/**
 * A government body that can act on reports, e.g. {@code DINAS_PUPR-16.11} "Dinas Pekerjaan Umum
 * dan Penataan Ruang Kabupaten Empat Lawang". {@code regionCode} is the Kemendagri code of the
 * province or kabupaten/kota it serves, null for a national office.
 */
public record Agency(String code, AgencyType type, AgencyLevel level, String regionCode, String name,
                     List<SocialHandle> handles) {

    public Agency {
        handles = List.copyOf(handles);
    }

    public boolean isAdministrator() {
        return type == AgencyType.ADMIN;
    }
}
