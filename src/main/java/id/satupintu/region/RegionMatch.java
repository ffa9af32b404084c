package id.satupintu.region;

/**
 * A place found in a message: the kabupaten/kota it lies in (what routing needs), the most specific
 * region named (a desa or kecamatan inside it, or the kabupaten/kota itself) and the words that
 * named it, as written.
 */
public record RegionMatch(Region regency, Region mostSpecific, String matchedText) {
}
