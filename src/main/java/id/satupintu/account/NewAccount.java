package id.satupintu.account;

/**
 * An account to create: lower-case username (letters, digits, {@code . _ -}), a password of at
 * least 12 characters, the role, and for AGENCY accounts the code of their agency.
 */
public record NewAccount(String username, String password, Role role, String agencyCode) {
}
