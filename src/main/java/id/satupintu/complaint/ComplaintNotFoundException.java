package id.satupintu.complaint;

/** No such report, or none the caller may see: the two are deliberately indistinguishable. */
public class ComplaintNotFoundException extends RuntimeException {

    public ComplaintNotFoundException(String trackingId) {
        super("No report " + trackingId);
    }
}
