package id.satupintu.conversation;

import id.satupintu.SatuPintuApplication;
import id.satupintu.SecondInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;

/**
 * A second application instance on the database of the conversation tests' context, started once
 * for all the tests that need one (it closes with the JVM, through Spring's shutdown hook).
 */
final class OtherInstance {

    private static ConfigurableApplicationContext instance;

    private OtherInstance() {
    }

    static synchronized ConfigurableApplicationContext on(DataSource dataSource) {
        if (instance == null) {
            instance = new SpringApplicationBuilder(SatuPintuApplication.class)
                    .run(SecondInstance.onTheDatabaseOf(dataSource, "--spring.config.import=" + ConversationTest.SETTINGS,
                            "--server.port=0"));
        }
        return instance;
    }

    static int port(ApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }
}
