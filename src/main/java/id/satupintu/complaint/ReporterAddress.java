package id.satupintu.complaint;

/**
 * A citizen as the channel they wrote on knows them: the channel's code ({@code telegram},
 * {@code sms}, ...) and their address there (chat id, phone number, session). Plain strings: the
 * workflow knows no channel.
 */
public record ReporterAddress(String channel, String address) {

    public ReporterAddress {
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("The origin channel is required");
        }
    }
}
