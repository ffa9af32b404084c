package id.satupintu.complaint;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens to status events the way a channel module will: after commit, asynchronously, through
 * the event publication registry.
 */
@Component
public class RecordedStatusEvents {

    private final List<ComplaintStatusChanged> received = new CopyOnWriteArrayList<>();

    @ApplicationModuleListener
    void on(ComplaintStatusChanged event) {
        received.add(event);
    }

    public List<ComplaintStatusChanged> forComplaint(String trackingId) {
        return received.stream().filter(e -> e.trackingId().equals(trackingId)).toList();
    }
}
