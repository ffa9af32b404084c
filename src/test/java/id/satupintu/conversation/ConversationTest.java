package id.satupintu.conversation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application with the real conversation engine, classifier and embedded PostgreSQL
 * behind the web chat, over real HTTP; one cached context for every conversation test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(ConversationTest.SETTINGS)
@interface ConversationTest {

    String SETTINGS = "classpath:conversation-test.properties";
}
