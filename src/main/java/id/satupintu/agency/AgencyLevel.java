package id.satupintu.agency;

/** The tier of government an agency belongs to. */
public enum AgencyLevel {
    NASIONAL,
    PROVINSI,
    KABUPATEN_KOTA
}
