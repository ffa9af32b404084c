package id.satupintu.channel.twilio;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application with SMS and WhatsApp on, Twilio played by {@link FakeTwilio}, and a recording
 * handler in place of the conversation engine; one cached context for every Twilio test. A test of
 * the whole path with the real engine takes {@link #SETTINGS} and {@link FakeTwilio.Settings} alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(TwilioTest.SETTINGS)
@Import({FakeTwilio.Settings.class, RecordingInboundHandler.class})
@interface TwilioTest {

    String SETTINGS = "classpath:twilio-test.properties";
}
