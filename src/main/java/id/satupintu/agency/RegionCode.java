package id.satupintu.agency;

import java.util.regex.Pattern;

/**
 * A Kemendagri region code, hierarchical by construction: {@code 16} province, {@code 16.11}
 * kabupaten/kota, {@code 16.11.01} kecamatan, {@code 16.11.01.2001} desa/kelurahan. So the
 * kabupaten/kota and province of any region are prefixes of its code.
 */
record RegionCode(String code) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    String province() {
        return code.substring(0, 2);
    }

    /** The kabupaten/kota, or null when the code names a whole province. */
    String regency() {
        return code.length() >= 5 ? code.substring(0, 5) : null;
    }
}
