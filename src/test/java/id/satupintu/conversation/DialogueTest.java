package id.satupintu.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs every scripted dialogue of {@code src/test/resources/dialogues} through the web chat API
 * against the real engine, classifier and database, and checks the report filed at the end. Each
 * run's transcript is written to {@code target/dialogues/}.
 */
@ConversationTest
class DialogueTest {

    @Autowired
    ApplicationContext context;

    @ParameterizedTest(name = "{0}")
    @MethodSource("id.satupintu.conversation.Dialogue#all")
    void dialogue(Dialogue dialogue) throws IOException {
        var run = new DialogueRun(dialogue, new WebChat(context), context);
        run.play(Path.of("target", "dialogues", dialogue.name().replace(".yml", ".txt")));
        run.checkOutcome();
    }
}
