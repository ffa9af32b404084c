package id.satupintu.channel;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One db-scheduler task instance per address and direction: while it exists, work for that address
 * is due at its execution time; db-scheduler lets exactly one instance execute it, and it survives
 * restarts. Whoever adds work calls {@link #schedule}; the execution ends with {@link #finish},
 * which keeps the task if more work came meanwhile.
 *
 * <p>Both take the same short {@link AddressLock}, so that work added while an execution is
 * ending is never left without a task: either {@code finish} sees the new work and reschedules, or
 * it removes the task first and {@code schedule} creates a new one.
 *
 * <p>The instance id is a name-based UUID of the address, so that db-scheduler's own logs never
 * show a phone number; the address itself is the task data.
 */
final class AddressTasks {

    private final TaskDescriptor<String> task;
    private final int lockSpace;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ObjectProvider<Scheduler> scheduler;

    /**
     * @param lockSpace the {@link AddressLock} taken around scheduling, distinct per direction
     * @param scheduler looked up lazily: the scheduler is built from the tasks that use this class
     */
    AddressTasks(String taskName, int lockSpace, JdbcClient jdbc, TransactionOperations transactions,
                 ObjectProvider<Scheduler> scheduler) {
        this.task = TaskDescriptor.of(taskName, String.class);
        this.lockSpace = lockSpace;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.scheduler = scheduler;
    }

    TaskDescriptor<String> descriptor() {
        return task;
    }

    /** Makes sure the address's task exists, due at {@code at} if it is new. Joins the caller's transaction. */
    void schedule(Address address, Instant at) {
        transactions.executeWithoutResult(status -> {
            AddressLock.hold(jdbc, lockSpace, address);
            boolean created = scheduler.getObject().scheduleIfNotExists(
                    task.instance(instanceId(address)).data(address.key()).scheduledTo(at));
            if (created && !at.isAfter(Instant.now())) {
                wakeSchedulerAfterCommit();
            }
        });
    }

    /**
     * Ends an execution: reschedules the task to the time {@code next} gives, or removes it when
     * {@code next} gives none. {@code next} runs in the same transaction, under the lock.
     */
    void finish(Address address, ExecutionComplete complete, ExecutionOperations<String> operations,
                Supplier<Optional<Instant>> next) {
        transactions.executeWithoutResult(status -> {
            AddressLock.hold(jdbc, lockSpace, address);
            next.get().ifPresentOrElse(at -> operations.reschedule(complete, at), operations::stop);
        });
    }

    /** Due work is found at the next poll anyway; waking the scheduler saves that wait. */
    private void wakeSchedulerAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.getObject().triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler.getObject().triggerCheckForDueExecutions();
        }
    }

    static String instanceId(Address address) {
        return UUID.nameUUIDFromBytes(address.key().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
