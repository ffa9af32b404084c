package id.satupintu.social;

/** An action the mention's state does not allow. */
class MentionRefusedException extends RuntimeException {
    MentionRefusedException(String message) {
        super(message);
    }
}
