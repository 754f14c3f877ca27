package cn.yibiaotong.hub.delivery;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * A JSON document in the department's field names: its envelope fields, the records array, then {@code removals}
 * (each with the department's id and name fields and a {@code reason}); streamed with Jackson's generator.
 */
final class JsonDeliveryWriter implements DeliveryWriter {

    private final JsonGenerator json;
    private List<String> columns;
    private boolean removalsOpen;

    JsonDeliveryWriter(OutputStream out, Map<String, String> envelope, String recordsField) throws IOException {
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.writeStartObject();
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(envelope).entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeArrayFieldStart(recordsField);
    }

    @Override
    public void header(List<String> columns) {
        this.columns = columns;
    }

    @Override
    public void row(List<String> cells) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeStringField(columns.get(i), cells.get(i));
        }
        json.writeEndObject();
    }

    @Override
    public void removal(Removal r) throws IOException {
        openRemovals();
        json.writeStartObject();
        json.writeStringField(r.idColumn(), r.idNumber());
        json.writeStringField(r.nameColumn(), r.name());
        json.writeStringField("reason", r.reason());
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        openRemovals();
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }

    private void openRemovals() throws IOException {
        if (!removalsOpen) {
            json.writeEndArray();
            json.writeArrayFieldStart("removals");
            removalsOpen = true;
        }
    }
}
