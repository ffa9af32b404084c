package id.satupintu.region;

/** The tiers of Indonesian administration, with the digits their Kemendagri codes have. */
public enum RegionLevel {
    PROVINSI,
    KABUPATEN_KOTA,
    KECAMATAN,
    DESA;

    /** Codes look like 16, 16.11, 16.11.01, 16.11.01.2001: the number of parts tells the level. */
    static RegionLevel ofCode(String code) {
        return values()[code.split("\\.").length - 1];
    }
}
