package id.satupintu.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of the workflow ({@code satupintu.complaint.*}).
 *
 * @param zone                   where "today" is for due dates (deadlines pass at the end of a day there)
 * @param deadlineCheckInterval  how often the overdue check and the automatic close run
 * @param maxAttachmentSize      largest single attachment kept
 * @param maxAttachments         most attachments one report keeps
 */
@ConfigurationProperties("satupintu.complaint")
record ComplaintProperties(@DefaultValue("Asia/Jakarta") ZoneId zone,
                           @DefaultValue("5m") Duration deadlineCheckInterval,
                           @DefaultValue("10MB") DataSize maxAttachmentSize,
                           @DefaultValue("10") int maxAttachments) {
}
