package id.satupintu.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Reading the console's forms and answering them. */
final class Forms {

    private Forms() {
    }

    /** An optional field: null when left empty, else without surrounding blanks. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Back to a report's page; the id is the caller's text, so it is encoded as one path segment. */
    static String redirectToReport(String trackingId) {
        return "redirect:" + UriComponentsBuilder.fromPath("/console/reports/{id}").buildAndExpand(trackingId).encode().toUriString();
    }
}
