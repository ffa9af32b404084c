package id.satupintu.nlp;

/** One line of the labelled corpus (format fixed in the contracts); {@code region} may be null. */
record LabeledMessage(String id, String channel, String text, String kind, String category, String agencyType,
                      String region) {
}
