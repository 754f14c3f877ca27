package cn.yibiaotong.hub.security;

/** What an audit event records. READ_* are reads of residents' personal data; the others are changes. */
public enum AuditAction {
    READ_RESIDENT,
    SEARCH_RESIDENTS,
    READ_CONFLICTS,
    READ_COMMUNITY_LIST,
    EXPORT_COMMUNITY_LIST,
    READ_CHANGES,
    READ_CASE,
    READ_BATCH_REJECTIONS,
    DELIVERY,
    DOWNLOAD_DELIVERY,
    UPLOAD,
    PUSH,
    CONNECTOR_KEY_ISSUED,
    CONNECTOR_KEY_REVOKED,
    TOKEN_ISSUED,
    ACCOUNT_SAVED,
    ACCESS_DENIED
}
