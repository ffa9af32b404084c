package id.satupintu.complaint;

/** The action is not possible in the report's current status (or was already done). */
public class TransitionRefusedException extends RuntimeException {

    public TransitionRefusedException(String message) {
        super(message);
    }

    static TransitionRefusedException of(String trackingId, ComplaintStatus status, ComplaintAction action) {
        return new TransitionRefusedException("Report %s is %s; %s is only possible when it is %s"
                .formatted(trackingId, status, action, action.allowedFrom()));
    }
}
