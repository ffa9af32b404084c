package id.satupintu.social;

/** An action the mention's state does not allow. */
public class MentionRefusedException extends RuntimeException {
    public MentionRefusedException(String message) {
        super(message);
    }
}
