package id.satupintu.channel;

import com.github.kagkarlsson.scheduler.Scheduler;
import id.satupintu.SatuPintuApplication;
import id.satupintu.SecondInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Another instance of the application, in a JVM of its own on the database of a test's context,
 * for the test to kill with SIGKILL at the moment it chooses: no shutdown hook, no rollback, no
 * last heartbeat, as when a container is killed. Its output goes to the test's, prefixed.
 *
 * <p>With {@code --crash-test.accept=<address key>:<count>} the instance pauses its scheduler and
 * accepts that many messages from the address itself, so that nothing it accepted is processed
 * before it dies.
 */
public final class KillableInstance implements AutoCloseable {

    private static final String READY = "KILLABLE INSTANCE READY ON PORT ";
    /** A whole application start on two shared cores, with a loaded machine. */
    private static final long START_TIMEOUT_SECONDS = 180;

    private final Process process;
    private final int port;

    private KillableInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts an instance on the database of {@code dataSource} with these arguments and waits until it serves. */
    public static KillableInstance start(DataSource dataSource, String... arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), KillableInstance.class.getName()));
        command.addAll(List.of(SecondInstance.onTheDatabaseOf(dataSource,
                Stream.concat(Stream.of("--server.port=0"), Stream.of(arguments)).toArray(String[]::new))));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("killable-instance-output").start(() -> relay(process, ready));
        try {
            return new KillableInstance(process, ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the killable instance did not start (its output is above)", e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void relay(Process process, CompletableFuture<Integer> ready) {
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                System.out.println("[killable instance] " + line);
                if (line.startsWith(READY)) {
                    ready.complete(Integer.parseInt(line.substring(READY.length()).strip()));
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("the killable instance ended before it was ready"));
    }

    /** The port its web server listens on. */
    public int port() {
        return port;
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    public static void main(String[] args) throws IOException {
        var context = new SpringApplicationBuilder(SatuPintuApplication.class).run(args);
        Environment environment = context.getEnvironment();
        String accept = environment.getProperty("crash-test.accept");
        if (accept != null) {
            context.getBean(Scheduler.class).pause();
            Inbox inbox = context.getBean(Inbox.class);
            Address from = Address.ofKey(accept.substring(0, accept.lastIndexOf(':')));
            int count = Integer.parseInt(accept.substring(accept.lastIndexOf(':') + 1));
            for (int i = 0; i < count; i++) {
                inbox.accept(new InboundMessage(from, from.id() + "-" + i, "pesan " + i, null, List.of(), null, null, Instant.now()));
            }
        }
        System.out.println(READY + environment.getProperty("local.server.port"));
        System.out.flush();
        // Standard input is a pipe from the test's JVM: it ends when that JVM does, however it ends.
        System.in.transferTo(OutputStream.nullOutputStream());
        Runtime.getRuntime().halt(1);
    }
}
