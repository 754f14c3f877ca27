package cn.yibiaotong.hub.resident;

/** The warning an uploader reads for a record whose resident a person still has to confirm. */
final class ReviewNotice {

    private ReviewNotice() {
    }

    static String text(String unit) {
        return "该" + unit + "可能与已有居民是同一人，但证据不足以自动关联（如姓名同音不同字、出生日期不一致）："
                + "已作为单独的居民保存，等待数据管理员核对（待核对匹配 GET /api/matches/review）。"
                + "如有此人的公民身份号码，请补填后重新上传，即可直接关联。";
    }
}
