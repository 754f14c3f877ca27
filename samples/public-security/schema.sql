-- 公安户籍 户籍人员信息 HJ_RYXX, as samples/DEPARTMENTS.md describes it: the department's own table, which the
-- connector public-security-hukou pulls by the GXSJ watermark. The demo and the tests create it in a stand-in
-- database that plays the department's system; the hub itself never creates it.
CREATE TABLE IF NOT EXISTS HJ_RYXX (
    RYBH    VARCHAR(20)  NOT NULL PRIMARY KEY,
    GMSFHM  VARCHAR(18),
    XM      VARCHAR(50),
    XB      CHAR(1),
    MZ      CHAR(2),
    CSRQ    CHAR(8),
    HJDZ    VARCHAR(200),
    HH      VARCHAR(20),
    YHZGX   CHAR(2),
    SQDM    CHAR(12),
    SWRQ    CHAR(8),
    GXSJ    TIMESTAMP    NOT NULL
);
-- the pull reads in (GXSJ, RYBH) order after the last pair it stored
CREATE INDEX IF NOT EXISTS IX_HJ_RYXX_GXSJ ON HJ_RYXX (GXSJ, RYBH);
