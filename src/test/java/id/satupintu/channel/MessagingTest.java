package id.satupintu.channel;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with a scripted handler and sender at the two boundaries of the messaging core,
 * short windows and retries; one cached context shared by every messaging test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(MessagingTest.SETTINGS)
@Import({ScriptedInboundHandler.class, ScriptedChannelSender.class})
public @interface MessagingTest {

    String SETTINGS = "classpath:messaging-test.properties";
}
