package id.satupintu.channel.telegram;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.io.IOException;

/**
 * Makes the client's file downloads behave like its method calls. TelegramBots builds download URLs
 * on api.telegram.org whatever {@link TelegramUrl} it was given, and hands an error page back as
 * if it were the file; this sends downloads to the configured server and turns an error status
 * into a failure.
 */
final class FileDownloads implements Interceptor {

    private final TelegramUrl server;

    FileDownloads(TelegramUrl server) {
        this.server = server;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!request.url().encodedPath().startsWith("/file/bot")) {
            return chain.proceed(request);
        }
        HttpUrl url = request.url().newBuilder().scheme(server.getSchema()).host(server.getHost()).port(server.getPort()).build();
        Response response = chain.proceed(request.newBuilder().url(url).build());
        if (!response.isSuccessful()) {
            int code = response.code();
            response.close();
            throw new IOException("Telegram file download answered HTTP " + code);
        }
        return response;
    }
}
