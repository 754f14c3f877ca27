package cn.yibiaotong.hub.normalize;

import java.text.Normalizer;

/** Header texts compared the way staff mean them: width, spaces, line breaks and required-markers ignored. */
final class HeaderText {

    private HeaderText() {
    }

    static String key(String header) {
        String h = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        h = h.replace("(必填)", "").replace("必填", "");
        while (h.startsWith("*")) {
            h = h.substring(1);
        }
        while (h.endsWith("*")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
