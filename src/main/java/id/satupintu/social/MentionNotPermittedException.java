package id.satupintu.social;

/** An action this account may not take. */
public class MentionNotPermittedException extends RuntimeException {
    public MentionNotPermittedException(String message) {
        super(message);
    }
}
