package cn.yibiaotong.hub.jdbcpull;

import cn.yibiaotong.hub.connector.ConnectorDefinition;

/**
 * A pull that cannot work as configured; the message is Chinese and says what to change. Retrying does not help,
 * but the next pull tries again, so a fixed environment is picked up without a restart of the route.
 */
final class PullSetupException extends RuntimeException {

    private PullSetupException(String message) {
        super(message);
    }

    static PullSetupException missingSetting(ConnectorDefinition connector, String key, String placeholder) {
        return new PullSetupException("接入文件 " + connector.source() + " 中 transport.jdbcPull." + key + " 引用的 "
                + placeholder + " 没有设置，请在运行一表通的环境中设置该环境变量");
    }

    static PullSetupException missingColumn(ConnectorDefinition connector, String key, String column) {
        return new PullSetupException("部门数据库返回的列中没有 transport.jdbcPull." + key + " 所写的“" + column
                + "”，请检查接入文件 " + connector.source() + " 中的 table 或 query");
    }
}
