package id.satupintu.channel.telegram;

import id.satupintu.channel.Attachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;

/** Fetches the photo a citizen sent: getFile, then the download, both through the client. */
final class TelegramFiles {

    private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);
    /** Telegram re-encodes every photo (not an image sent as a file) as JPEG. */
    private static final String PHOTO_TYPE = "image/jpeg";

    private final TelegramClient client;
    private final long maxBytes;

    TelegramFiles(TelegramClient client, long maxBytes) {
        this.client = client;
        this.maxBytes = maxBytes;
    }

    /**
     * The largest size of a photo, or an image sent as a file; none for other messages, or when
     * Telegram will not serve the file (too large).
     *
     * @throws TelegramUnavailableException when the file cannot be had now but may be later
     */
    List<Attachment> attachmentsOf(Message message) {
        if (message.hasPhoto()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparingLong(p -> (long) p.getWidth() * p.getHeight()))
                    .orElseThrow();
            return download(largest.getFileId(), largest.getFileSize(), null, PHOTO_TYPE);
        }
        Document document = message.getDocument();
        if (document != null && document.getMimeType() != null && document.getMimeType().startsWith("image/")) {
            return download(document.getFileId(), document.getFileSize(), document.getFileName(), document.getMimeType());
        }
        return List.of();
    }

    private List<Attachment> download(String fileId, Number size, String name, String contentType) {
        if (tooLarge(size)) {
            return List.of();
        }
        try {
            File file = client.execute(new GetFile(fileId));
            if (tooLarge(file.getFileSize())) {
                return List.of();
            }
            byte[] content;
            try (InputStream in = client.downloadFileAsStream(file)) {
                content = in.readAllBytes();
            }
            String fileName = name != null ? name : file.getFilePath().substring(file.getFilePath().lastIndexOf('/') + 1);
            return List.of(new Attachment(fileName, contentType, content));
        } catch (TelegramApiException e) {
            if (BotApi.isTemporary(e)) {
                throw new TelegramUnavailableException("Could not fetch a file from Telegram: " + BotApi.describe(e));
            }
            log.warn("Telegram will not serve a file a citizen sent ({}); keeping the message without it", BotApi.describe(e));
            return List.of();
        } catch (IOException e) {
            throw new TelegramUnavailableException("Could not read a file from Telegram: " + e);
        }
    }

    private boolean tooLarge(Number size) {
        if (size != null && size.longValue() > maxBytes) {
            log.info("Not fetching a file of {} bytes, more than the {} allowed; keeping the message without it", size, maxBytes);
            return true;
        }
        return false;
    }
}
