package id.satupintu.nlp;

import id.satupintu.region.Region;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A classification as the contracts write it, for {@code nlp classify} and {@code POST
 * /api/v1/classify}: {@code kind}, {@code category}, {@code agency_type}, {@code region} (the
 * official kabupaten/kota name or null) and {@code confidence}, one number in [0, 1] per field
 * (for the region: 1 when a place was named, else 0).
 */
final class ContractFields {

    private ContractFields() {
    }

    static Map<String, Object> of(Classification c) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("kind", c.kind().label().name());
        fields.put("category", c.category().label().name());
        fields.put("agency_type", c.agencyType().label().name());
        fields.put("region", c.region().map(m -> m.regency()).map(Region::name).orElse(null));
        var confidence = new LinkedHashMap<String, Object>();
        confidence.put("kind", round(c.kind().confidence()));
        confidence.put("category", round(c.category().confidence()));
        confidence.put("agency_type", round(c.agencyType().confidence()));
        confidence.put("region", c.region().isPresent() ? 1.0 : 0.0);
        fields.put("confidence", confidence);
        return fields;
    }

    private static double round(double p) {
        return Math.round(Math.min(1, Math.max(0, p)) * 10_000) / 10_000.0;
    }
}
