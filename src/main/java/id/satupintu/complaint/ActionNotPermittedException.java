package id.satupintu.complaint;

/** The caller's role may not take this action at all. */
public class ActionNotPermittedException extends RuntimeException {

    public ActionNotPermittedException(String message) {
        super(message);
    }
}
