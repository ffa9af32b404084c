package id.satupintu.complaint;

import id.satupintu.taxonomy.Category;

import java.time.LocalDate;

/**
 * Criteria for listing reports; every field is optional.
 *
 * @param regionCode a region and everything within it (16.11 also matches 16.11.03.2004)
 * @param filedFrom  first day filed (inclusive, Indonesian western time)
 * @param filedTo    last day filed (inclusive)
 * @param text       words in the tracking id, description or place
 * @param overdue    only reports past a running deadline (true) or within all of them (false)
 */
public record ComplaintFilter(ComplaintStatus status, Category category, String agencyCode, String regionCode,
                              String channel, LocalDate filedFrom, LocalDate filedTo, String text, Boolean overdue) {

    public static ComplaintFilter none() {
        return new ComplaintFilter(null, null, null, null, null, null, null, null, null);
    }
}
