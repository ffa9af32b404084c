package id.satupintu.conversation;

import id.satupintu.channel.Address;
import id.satupintu.channel.Attachment;
import id.satupintu.complaint.NewAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Conversations in PostgreSQL, one row per address, and the photos of their drafts. */
@Component
class ConversationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The address's conversation, locked for this transaction; a new one is created for a first message. */
    Conversation open(Address address, Instant now) {
        jdbc.sql("""
                        insert into conversation (channel, address_id, state, last_activity_at)
                        values (?, ?, cast(? as jsonb), ?) on conflict (channel, address_id) do nothing""")
                .params(address.channel().code(), address.id(), JSON.writeValueAsString(new Conversation()), Timestamp.from(now))
                .update();
        return jdbc.sql("""
                        select id, language, state::text, last_activity_at, handled_messages from conversation
                        where channel = ? and address_id = ? for update""")
                .params(address.channel().code(), address.id())
                .query((rs, n) -> {
                    Conversation c = JSON.readValue(rs.getString(3), Conversation.class);
                    c.id = rs.getLong(1);
                    c.language = rs.getString(2);
                    c.lastActivity = rs.getTimestamp(4).toInstant();
                    c.handledMessages = rs.getLong(5);
                    return c;
                })
                .single();
    }

    /** The language a citizen reads, for messages sent outside a dialogue (status notifications). */
    Locale locale(Address address) {
        return jdbc.sql("select language from conversation where channel = ? and address_id = ?")
                .params(address.channel().code(), address.id())
                .query(String.class)
                .optional()
                .filter("en"::equals).map(en -> Locale.ENGLISH).orElse(Texts.INDONESIAN);
    }

    /** Stores where the dialogue stands. */
    void save(Conversation c, Instant now) {
        jdbc.sql("""
                        update conversation set language = ?, state = cast(? as jsonb), last_activity_at = ?, handled_messages = ?
                        where id = ?""")
                .params(c.language, JSON.writeValueAsString(c), Timestamp.from(now), c.handledMessages, c.id)
                .update();
        c.lastActivity = now;
    }

    void addAttachments(long conversationId, String draftId, List<Attachment> files) {
        for (Attachment file : files) {
            jdbc.sql("""
                            insert into conversation_attachment (conversation_id, draft_id, file_name, content_type, content)
                            values (?, ?, ?, ?, ?)""")
                    .params(conversationId, draftId, file.fileName(), file.contentType(), file.content())
                    .update();
        }
    }

    List<NewAttachment> attachments(long conversationId, String draftId) {
        return jdbc.sql("""
                        select file_name, content_type, content from conversation_attachment
                        where conversation_id = ? and draft_id = ? order by id""")
                .params(conversationId, draftId)
                .query((rs, n) -> new NewAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    /** Photos of drafts other than the current one (filed or abandoned) are not kept. */
    void dropAttachmentsExcept(long conversationId, String draftId) {
        jdbc.sql("delete from conversation_attachment where conversation_id = ? and draft_id is distinct from ?")
                .params(conversationId, draftId)
                .update();
    }
}
