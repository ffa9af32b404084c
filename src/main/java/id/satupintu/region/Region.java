package id.satupintu.region;

/**
 * One administrative area with its official Kemendagri code, e.g. {@code 16.11} "Kabupaten Empat
 * Lawang". {@code parentCode} is null for a province.
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public boolean isRegency() {
        return level == RegionLevel.KABUPATEN_KOTA;
    }
}
