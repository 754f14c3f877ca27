package cn.yibiaotong.hub.open311;

/** A GeoReport v2 request that cannot be served: answered as the spec's error array with this status. */
class Open311Failure extends RuntimeException {

    private final int status;

    Open311Failure(int status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
