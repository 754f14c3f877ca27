package cn.yibiaotong.hub.delivery;

/** Where a delivery stands; see V7__deliveries.sql. */
public enum DeliveryStatus {
    PENDING, SENDING, RETRYING, DELIVERED, DEAD_LETTER
}
