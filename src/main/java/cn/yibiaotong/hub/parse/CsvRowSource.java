package cn.yibiaotong.hub.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file read record by record through a strict decoder; at most one record is in memory. */
final class CsvRowSource implements RowSource {

    /** Far beyond any real row; only an unclosed quote gets there. */
    static final long MAX_RECORD_CHARS = 1_000_000;

    private final String fileName;
    private final TextEncoding encoding;
    private final StrictDecodingReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private FileRejectedException failure;

    private CsvRowSource(String fileName, TextEncoding encoding, StrictDecodingReader reader, CSVParser parser) {
        this.fileName = fileName;
        this.encoding = encoding;
        this.reader = reader;
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvRowSource open(Path file, String fileName, TextEncoding encoding, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false) // an empty line is a spreadsheet row too; numbering must match
                .get();
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            StrictDecodingReader reader = new StrictDecodingReader(in, encoding.charset(), MAX_RECORD_CHARS);
            return new CsvRowSource(fileName, encoding, reader, CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            throw Rejections.readError(fileName);
        }
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        try {
            return records.hasNext();
        } catch (RuntimeException e) { // commons-csv wraps every IOException, ours included
            throw fail(translate(e.getCause()));
        }
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        reader.recordEnded();
        List<String> cells = record.toList();
        for (String cell : cells) {
            if (cell.indexOf('\uFFFD') >= 0) {
                throw fail(Rejections.mojibake(fileName));
            }
        }
        return new RawRow(record.getRecordNumber(), cells);
    }

    /** A refused file stays refused: later calls repeat the reason instead of ending quietly. */
    private FileRejectedException fail(FileRejectedException rejection) {
        failure = rejection;
        close();
        return rejection;
    }

    /** The parser has counted the records completed before the failure; the bad bytes are in the next one. */
    private FileRejectedException translate(Throwable cause) {
        long row = parser.getRecordNumber() + 1;
        if (cause instanceof CharacterCodingException) {
            return Rejections.decodeError(fileName, row, encoding.label());
        }
        if (cause instanceof CSVException || cause instanceof StrictDecodingReader.RecordTooLongException) {
            return Rejections.badCsv(fileName, row);
        }
        return Rejections.readError(fileName);
    }

    @Override
    public String describe() {
        return "CSV（" + encoding.label() + "）";
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing left to save: the file is already being refused or was fully read
            }
        }
    }
}
