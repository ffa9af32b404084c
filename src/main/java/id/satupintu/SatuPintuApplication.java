package id.satupintu;

import id.satupintu.nlp.NlpCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

@SpringBootApplication
public class SatuPintuApplication {

    /** {@code nlp ...} runs the NLP commands without starting the service (no web server, no database). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("nlp")) {
            System.exit(NlpCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(SatuPintuApplication.class, args);
    }
}
