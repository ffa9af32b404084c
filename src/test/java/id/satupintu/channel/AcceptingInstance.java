package id.satupintu.channel;

import id.satupintu.SatuPintuApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.time.Instant;
import java.util.List;

/**
 * A separate instance for {@link CrashRecoveryTest}: accepts messages for one address, says so on
 * standard output and waits to be killed. It has no handler, so nothing it accepted is processed here.
 *
 * <p>Arguments: the JDBC URL of the shared database, the address key, the number of messages.
 */
public final class AcceptingInstance {

    private AcceptingInstance() {
    }

    public static void main(String[] args) throws InterruptedException {
        var context = new SpringApplicationBuilder(SatuPintuApplication.class)
                .run("--satupintu.database.url=" + args[0], "--spring.datasource.url=" + args[0],
                        "--server.port=0", "--spring.config.import=" + MessagingTest.SETTINGS);
        Inbox inbox = context.getBean(Inbox.class);
        Address from = Address.ofKey(args[1]);
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            inbox.accept(new InboundMessage(from, from.id() + "-" + i, "pesan " + i, null, List.of(), null, null, Instant.now()));
        }
        System.out.println("ACCEPTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
