package id.satupintu.social;

/** No such mention, or not one the caller may see. */
public class MentionNotFoundException extends RuntimeException {
    public MentionNotFoundException(long id) {
        super("No mention " + id);
    }
}
