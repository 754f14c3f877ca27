package cn.yibiaotong.hub.batch;

/** A rejection or warning as the API shows it. */
public record IssueView(Long row, String column, String value, String reason) {

    public static IssueView of(RowIssue i) {
        return new IssueView(i.row(), i.column(), i.value(), i.message());
    }
}
