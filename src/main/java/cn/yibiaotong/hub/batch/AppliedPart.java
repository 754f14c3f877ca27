package cn.yibiaotong.hub.batch;

import java.util.Locale;

/**
 * What a batch that ended before completing left in the store: the rows of its committed steps (BatchSteps), up
 * to {@code throughRow}, with their outcomes. Nothing when no step was committed.
 */
public record AppliedPart(long throughRow, long accepted, long unchanged, long rejected) {

    public static final AppliedPart NOTHING = new AppliedPart(0, 0, 0, 0);

    public boolean any() {
        return throughRow > 0;
    }

    public long received() {
        return accepted + unchanged + rejected;
    }

    /**
     * The sentence telling staff what stayed, for a message about a batch that stopped part-way; {@code unit} is
     * the connector's 行 or 条.
     */
    public String sentence(String unit) {
        String rows = "行".equals(unit) ? "行" : "条记录";
        return String.format(Locale.ROOT, "本批第 1 至第 %d %s已入库（入库 %d %s、未变化 %d %s、不合格 %d %s），之后的%s均未入库。",
                throughRow, rows, accepted, unit, unchanged, unit, rejected, unit, rows);
    }

    /**
     * The message of a batch that stopped with this part applied: {@code problem} alone when nothing was, else followed
     * by what stayed and what a resend does.
     */
    public String after(String problem, String unit) {
        return any() ? problem + sentence(unit) + resendNote() : problem;
    }

    /** What happens when the batch is sent again: applied rows count as unchanged and are not stored twice. */
    public static String resendNote() {
        return "重新提交整个文件时，已入库的部分计为“未变化”，不会重复入库。";
    }
}
