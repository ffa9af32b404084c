package id.satupintu.conversation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.satupintu.complaint.Privacy;
import id.satupintu.taxonomy.AgencyType;
import id.satupintu.taxonomy.Category;
import id.satupintu.taxonomy.Kind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The report being drafted: what the classifier read, what the citizen answered, which questions
 * were already asked or skipped. Its {@link #id} is the client reference it is filed under, so a
 * retried confirmation never files twice.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
class Draft {

    String id;
    Instant startedAt;
    String description = "";
    Kind kind;
    /** What the classifier proposed, kept for the administrator. */
    Category suggestedCategory;
    AgencyType suggestedAgencyType;
    double suggestionConfidence;
    Category category;
    AgencyType agencyType;
    boolean categoryConfident;
    /** Chosen by the citizen: later text no longer changes it. */
    boolean categoryChosen;
    List<Category> alternatives = new ArrayList<>();
    String regionCode;
    String regionName;
    String placeText;
    Double latitude;
    Double longitude;
    LocalDate incidentDate;
    Privacy privacy;
    String name;
    int photos;
    /** Questions asked once and answered or passed over: they are not asked again. */
    Set<Conversation.Step> settled = EnumSet.noneOf(Conversation.Step.class);
    /** After UBAH: an answer brings the citizen back to the summary rather than on to the next question. */
    boolean editing;
    Set<PersonalData.Kind> personalData = EnumSet.noneOf(PersonalData.Kind.class);
    /** Where the report came from when it was handed over from a public post, and the agency tagged there. */
    String handoffOrigin;
    String agencyHint;

    Draft() {
    }

    Draft(Instant now) {
        this.id = UUID.randomUUID().toString();
        this.startedAt = now;
    }

    String clientReference() {
        return "conversation:" + id;
    }

    /** The agency type of the agency tagged in the public post this report was handed over from. */
    Optional<AgencyType> agencyHintType() {
        if (agencyHint == null) {
            return Optional.empty();
        }
        String type = agencyHint.contains("-") ? agencyHint.substring(0, agencyHint.lastIndexOf('-')) : agencyHint;
        return Arrays.stream(AgencyType.values()).filter(t -> t.name().equals(type) && t != AgencyType.ADMIN).findFirst();
    }

    /** The region of the agency tagged ({@code DINAS_PUPR-16.11} → 16.11); national offices have none. */
    Optional<String> agencyHintRegion() {
        return agencyHint == null || !agencyHint.contains("-") ? Optional.empty()
                : Optional.of(agencyHint.substring(agencyHint.lastIndexOf('-') + 1));
    }

    boolean has(Conversation.Step slot) {
        return switch (slot) {
            case LOCATION -> regionCode != null || settled.contains(slot);
            case DATE -> incidentDate != null || settled.contains(slot);
            case CATEGORY -> categoryConfident || categoryChosen || settled.contains(slot);
            case PRIVACY -> privacy != null;
            case NAME -> name != null || privacy == Privacy.ANONIM || settled.contains(slot);
            default -> settled.contains(slot);
        };
    }
}
