package cn.yibiaotong.hub.connector;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import cn.yibiaotong.hub.parse.FormatSpec;
import java.util.regex.Pattern;

/** What the schema cannot see in a {@code transport.jdbcPull}: contradictions and secrets written into the file. */
final class JdbcPullChecks {

    private static final String AT = "/transport/jdbcPull";
    /** {@code ${NAME}} or {@code ${NAME:}}: the value comes from the environment, with no default written here. */
    private static final Pattern SECRET_PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_.-]*:?}");
    private static final Pattern CREDENTIALS_IN_URL = Pattern.compile("(?i)[;?&](password|pwd)=|//[^/@]*:[^/@]*@|:[^:/@]*/[^/@]+@");

    private JdbcPullChecks() {
    }

    static void check(JdbcPull pull, FormatSpec format, ConfigFileReader reader) {
        if ((pull.table() == null) == (pull.query() == null)) {
            throw reader.error(AT, pull.table() == null ? "jdbcPull 既没有写 table，也没有写 query，不知道读哪张表"
                            : "jdbcPull 同时写了 table 和 query，不知道以哪个为准",
                    "请只写其中一个：读一张表或视图写 table，如 HJ_RYXX；需要关联多张表时写 query");
        }
        if (pull.password() != null && !SECRET_PLACEHOLDER.matcher(pull.password()).matches()) {
            throw reader.error(AT + "/password", "密码不能直接写在接入文件中（也不能作为占位符的默认值）",
                    "请改为环境变量占位符，如 ${HUB_PCS_DB_PASSWORD}，并在运行一表通的环境中设置该环境变量");
        }
        if (CREDENTIALS_IN_URL.matcher(pull.url()).find()) {
            throw reader.error(AT + "/url", "JDBC 地址中含有密码",
                    "请把密码从 url 中删去，写在 password 中，并用环境变量占位符，如 ${HUB_PCS_DB_PASSWORD}");
        }
        if (pull.watermarkColumn().equalsIgnoreCase(pull.keyColumn())) {
            throw reader.error(AT + "/keyColumn", "keyColumn 与 watermarkColumn 是同一列“" + pull.keyColumn() + "”",
                    "keyColumn 应为唯一键列（如人员编号 RYBH），用于区分更新时间相同的行");
        }
        // each page is handed to the pipeline as a UTF-8 CSV with the column names as its first row
        if ("xlsx".equals(format.type()) || "GBK".equals(format.charset())
                || !("auto".equals(format.headerRow()) || "1".equals(format.headerRow())) || format.headerRows() != 1) {
            throw reader.error("/format", "jdbcPull 拉取的每页数据按 UTF-8 CSV、第 1 行为列名读取，与 format 的设置不符",
                    "请删除 format，或只写 type: csv、charset: UTF-8、headerRow: 1");
        }
    }
}
