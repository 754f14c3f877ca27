package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** A push must say it is what the connector reads: JSON as application/json (or +json), XML as application/xml, text/xml (or +xml). */
final class PushContentType {

    private PushContentType() {
    }

    static void check(ConnectorDefinition connector, String contentType) {
        String format = connector.format().type();
        boolean json = "json".equals(format);
        String expected = json ? "application/json" : "application/xml";
        if (contentType == null || contentType.isBlank()) {
            throw wrong(connector, "没有 Content-Type", expected);
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw wrong(connector, "的 Content-Type 无法识别", expected);
        }
        String subtype = type.getSubtype();
        boolean ok = json
                ? "application".equals(type.getType()) && ("json".equals(subtype) || subtype.endsWith("+json"))
                : ("application".equals(type.getType()) || "text".equals(type.getType()))
                        && ("xml".equals(subtype) || subtype.endsWith("+xml"));
        if (!ok) {
            throw wrong(connector, "的 Content-Type 是“" + type.getType() + "/" + subtype + "”", expected);
        }
    }

    private static ApiProblem wrong(ConnectorDefinition connector, String actual, String expected) {
        return new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "内容类型不符", "连接器“" + connector.id() + "”接受 "
                + connector.format().type().toUpperCase() + " 推送，本次请求" + actual + "。请以 Content-Type: " + expected
                + " 发送。");
    }
}
