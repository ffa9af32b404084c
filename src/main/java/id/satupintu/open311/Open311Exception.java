package id.satupintu.open311;

/** A request refused with a GeoReport error: the HTTP status is also the error's code. */
class Open311Exception extends RuntimeException {

    private final int status;

    Open311Exception(int status, String description) {
        super(description);
        this.status = status;
    }

    int status() {
        return status;
    }
}
