package cn.yibiaotong.hub.delivery;

/**
 * Where a delivery stands; see V7__deliveries.sql. FAILED: its file could not be produced as the department must
 * receive it (last_error says why and how to fix it); nothing was sent, and a corrected run is a new delivery.
 */
public enum DeliveryStatus {
    PENDING, SENDING, RETRYING, DELIVERED, DEAD_LETTER, FAILED
}
