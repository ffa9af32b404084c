package id.satupintu.complaint;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface ComplaintEventRepository extends JpaRepository<ComplaintEvent, Long> {

    List<ComplaintEvent> findByComplaintIdInOrderById(Collection<Long> complaintIds);
}
