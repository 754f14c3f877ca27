package cn.yibiaotong.hub.delivery;

/**
 * A delivery whose file could not be produced as the department must receive it; it is stored as FAILED with
 * this message and nothing is sent. The message names connector, record and column, never personal data.
 */
public class DeliveryNotProduced extends RuntimeException {

    private final String deliveryId;

    DeliveryNotProduced(String deliveryId, String message) {
        super(message, null, false, false);
        this.deliveryId = deliveryId;
    }

    public String deliveryId() {
        return deliveryId;
    }
}
