package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.connector.FieldMapping;

/** A column of the file bound to a connector field: its position and the header text staff see. */
public record BoundColumn(int index, String header, FieldMapping field) {
}
