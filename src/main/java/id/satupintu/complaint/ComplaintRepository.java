package id.satupintu.complaint;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

    Optional<Complaint> findByTrackingId(String trackingId);

    /** Locks the row: actions on one report (people, the deadline check) run one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Complaint c where c.trackingId = ?1")
    Optional<Complaint> lockByTrackingId(String trackingId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Complaint c where c.id = ?1")
    Optional<Complaint> lockById(Long id);

    Optional<Complaint> findByClientReference(String clientReference);

    boolean existsByTrackingId(String trackingId);

    List<Complaint> findByOriginChannelAndSenderAddressOrderByFiledAtDesc(String channel, String senderAddress);

    /** Reports with a running deadline that passed before {@code today} and is not yet escalated. */
    @Query("""
            select c.id from Complaint c where
               (c.status in ?2 and c.verificationDue < ?1 and c.verificationEscalatedAt is null)
            or (c.status in ?3 and c.followUpDue < ?1 and c.followUpEscalatedAt is null)
            or (c.status in ?4 and c.completionDue < ?1 and c.completionEscalatedAt is null)
            order by c.id""")
    List<Long> findUnescalatedOverdue(LocalDate today, Collection<ComplaintStatus> verificationRuns,
                                      Collection<ComplaintStatus> followUpRuns,
                                      Collection<ComplaintStatus> completionRuns);

    @Query("select c.id from Complaint c where c.status = id.satupintu.complaint.ComplaintStatus.DITINDAKLANJUTI and c.citizenReplyDue < ?1 order by c.id")
    List<Long> findUnansweredFollowUps(LocalDate today);
}
