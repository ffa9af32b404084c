package id.satupintu.agency;

/** A public account of an agency on a social platform ({@code twitter}, {@code instagram}, {@code facebook}). */
public record SocialHandle(String platform, String handle) {
}
