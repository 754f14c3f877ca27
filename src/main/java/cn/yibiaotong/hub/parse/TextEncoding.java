package cn.yibiaotong.hub.parse;

import java.nio.charset.Charset;

/**
 * How a CSV file's bytes become text.
 *
 * @param charset   the decoder; GB18030 for files labelled GBK, since it is a superset and loses nothing
 * @param label     what staff know it as: {@code UTF-8} or {@code GBK}
 * @param bomLength bytes to skip before the first character
 */
record TextEncoding(Charset charset, String label, int bomLength) {
}
