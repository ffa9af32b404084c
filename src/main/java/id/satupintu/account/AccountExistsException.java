package id.satupintu.account;

/** The username is taken. */
public class AccountExistsException extends RuntimeException {

    public AccountExistsException(String username) {
        super("An account named " + username + " already exists");
    }
}
