package id.satupintu.social;

/** An action this account may not take. */
class MentionNotPermittedException extends RuntimeException {
    MentionNotPermittedException(String message) {
        super(message);
    }
}
