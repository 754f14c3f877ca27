package cn.yibiaotong.hub.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A JSON document of records, read token by token with Jackson's streaming parser so that only one record is in
 * memory. The records are the array at the connector's {@code recordPath} (a JSON pointer), or the document itself.
 * Everything after the array is still read, so a syntax error anywhere refuses the whole document.
 */
final class JsonRecordSource extends RecordSource {

    /** Deeper than any department's records need; a deeper document is refused before it costs anything. */
    static final int MAX_NESTING_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build()).build();

    private final JsonParser parser;
    private long record;

    private JsonRecordSource(String name, JsonParser parser, RecordRows rows) {
        super(name, rows);
        this.parser = parser;
    }

    static JsonRecordSource open(Path file, String name, String recordPath, List<List<String>> fieldNames) {
        JsonParser parser;
        try {
            // JSON is UTF-8 (RFC 8259); decoded strictly, so a wrong encoding is refused, not turned into mojibake,
            // and columns count characters as people do, not bytes
            Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            parser = FACTORY.createParser(reader);
        } catch (IOException e) {
            throw Rejections.readError(name);
        }
        JsonRecordSource source = new JsonRecordSource(name, parser, new RecordRows(name, fieldNames));
        try {
            source.moveToRecords(recordPath == null ? "" : recordPath);
            return source;
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    private void moveToRecords(String recordPath) {
        JsonToken token = read();
        if (token == null) {
            throw RecordRejections.emptyDocument(name);
        }
        for (JsonPointer p = JsonPointer.compile(recordPath); !p.matches(); p = p.tail()) {
            if (token != JsonToken.START_OBJECT) {
                throw RecordRejections.noRecordsArray(name, recordPath);
            }
            token = fieldValue(p.getMatchingProperty());
            if (token == null) {
                throw RecordRejections.noRecordsArray(name, recordPath);
            }
        }
        if (token != JsonToken.START_ARRAY) {
            throw RecordRejections.recordsNotArray(name, recordPath, RecordRejections.kind(token));
        }
    }

    /** Within an object: skips to the value of {@code property}; null when the object has no such property. */
    private JsonToken fieldValue(String property) {
        for (JsonToken t = read(); t == JsonToken.FIELD_NAME; t = read()) {
            boolean wanted = property.equals(currentName());
            JsonToken value = read();
            if (wanted) {
                return value;
            }
            skipChildren();
        }
        return null;
    }

    @Override
    protected RawRow readRecord() {
        JsonToken token = read();
        if (token == JsonToken.END_ARRAY) {
            readToEnd();
            close();
            return null;
        }
        record++;
        if (token != JsonToken.START_OBJECT) {
            throw RecordRejections.recordNotObject(name, record, RecordRejections.kind(token));
        }
        rows.start(record);
        for (JsonToken t = read(); t == JsonToken.FIELD_NAME; t = read()) {
            String field = currentName();
            JsonToken value = read();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                throw RecordRejections.nestedValue(name, record, field, RecordRejections.kind(value));
            }
            if (!rows.put(field, value == JsonToken.VALUE_NULL ? "" : text())) {
                throw RecordRejections.duplicateField(name, record, field);
            }
        }
        return rows.finish();
    }

    /** What follows the records must still be valid JSON: a document is taken whole or not at all. */
    private void readToEnd() {
        for (JsonToken t = read(); t != null; t = read()) {
            skipChildren();
        }
    }

    private JsonToken read() {
        return call(JsonParser::nextToken);
    }

    private void skipChildren() {
        call(JsonParser::skipChildren);
    }

    private String currentName() {
        return call(JsonParser::currentName);
    }

    private String text() {
        return call(JsonParser::getText);
    }

    @Override
    protected FileRejectedException rejection(Exception e) {
        return Rejections.readError(name);
    }

    /** One parser call, its failures turned into the reasons a sender can act on. */
    private <T> T call(ParserCall<T> call) {
        try {
            return call.on(parser);
        } catch (StreamConstraintsException e) {
            throw RecordRejections.tooDeep(name, MAX_NESTING_DEPTH, parser.currentLocation().getLineNr());
        } catch (JsonProcessingException e) {
            throw syntax(e);
        } catch (CharacterCodingException e) {
            throw RecordRejections.notUtf8(name, parser.currentLocation().getLineNr());
        } catch (IOException e) {
            throw Rejections.readError(name);
        }
    }

    private interface ParserCall<T> {
        T on(JsonParser parser) throws IOException;
    }

    /** Jackson's own message can quote the offending text, which may be personal: only the place is kept. */
    private FileRejectedException syntax(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return RecordRejections.badJson(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    @Override
    public String describe() {
        return "JSON";
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // the document was read to its end or is being refused; nothing to save
        }
    }
}
