package id.satupintu.social;

/** No such mention, or not one the caller may see. */
class MentionNotFoundException extends RuntimeException {
    MentionNotFoundException(long id) {
        super("No mention " + id);
    }
}
