package cn.yibiaotong.hub.connector;

/**
 * When a batch is refused whole.
 *
 * @param maxRejectedPercent refuse the batch (store nothing) when more than this percentage of its rows
 *                           is rejected; null accepts any share
 */
public record Acceptance(Double maxRejectedPercent) {

    public static Acceptance anyShare() {
        return new Acceptance(null);
    }
}
