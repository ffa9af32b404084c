package id.satupintu.channel;

/** A shared location in WGS 84 degrees. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Coordinates out of range: " + latitude + "," + longitude);
        }
    }
}
