package id.satupintu.complaint;

import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report as the citizen confirmed it, ready to be filed.
 *
 * @param agencyType      the competent agency type; null takes the category's usual one
 * @param regionCode      Kemendagri code of the province, kabupaten/kota, kecamatan or desa; null when unknown
 * @param placeText       where it happened in the citizen's words ("depan SDN 3 Pendopo")
 * @param incidentDate    when it happened, if the citizen said
 * @param origin          the channel and the citizen's address on it, where status updates go back
 * @param suggestion      what the classifier proposed, kept for the administrator; may be null
 * @param clientReference the caller's own key for this filing (e.g. its conversation id): filing
 *                        again with the same reference returns the report already filed; may be null
 * @param location        a location the citizen shared, or null
 */
public record NewComplaint(Kind kind, Category category, AgencyType agencyType, String regionCode, String placeText,
                           LocalDate incidentDate, String description, Reporter reporter, ReporterAddress origin,
                           ClassifierSuggestion suggestion, List<NewAttachment> attachments, String clientReference,
                           Location location) {

    public NewComplaint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(origin, "origin");
        if (!kind.isReport()) {
            throw new IllegalArgumentException("A " + kind + " message is not a report and is never filed");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("A report needs a description");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A report without a shared location. */
    public NewComplaint(Kind kind, Category category, AgencyType agencyType, String regionCode, String placeText,
                        LocalDate incidentDate, String description, Reporter reporter, ReporterAddress origin,
                        ClassifierSuggestion suggestion, List<NewAttachment> attachments, String clientReference) {
        this(kind, category, agencyType, regionCode, placeText, incidentDate, description, reporter, origin, suggestion,
                attachments, clientReference, null);
    }

    /** Who reported and what they chose for their privacy. Name and contact may be null. */
    public record Reporter(String name, String contact, Privacy privacy) {
        public Reporter {
            Objects.requireNonNull(privacy, "privacy");
        }
    }

    /** A point in WGS 84 degrees. */
    public record Location(double latitude, double longitude) {
        public Location {
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("Location out of range: " + latitude + "," + longitude);
            }
        }
    }

    /** The classifier's reading of the text, with its confidence in [0, 1]. */
    public record ClassifierSuggestion(Category category, AgencyType agencyType, double confidence) {
    }
}
