package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.BatchStore;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.parse.FileRejectedException;
import cn.yibiaotong.hub.parse.FormatSpec;
import cn.yibiaotong.hub.parse.RawRow;
import cn.yibiaotong.hub.parse.RowSource;
import cn.yibiaotong.hub.parse.RowSources;
import java.io.File;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.camel.Exchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opens a batch's file, binds its header and hands the data rows on in chunks, so that a file of any
 * size is read with a bounded amount of memory. Blank rows carry nothing and are skipped.
 */
@Component
public class RecordChunks {

    private final BatchStore batches;
    private final HeaderBinder headerBinder;
    private final int chunkSize;

    public RecordChunks(BatchStore batches, DataList dataList, @Value("${hub.ingest.chunk-size:100}") int chunkSize) {
        this.batches = batches;
        this.headerBinder = new HeaderBinder(dataList);
        this.chunkSize = chunkSize;
    }

    public Iterator<RowChunk> open(Exchange exchange) {
        BatchContext ctx = exchange.getProperty(IngestHeaders.BATCH_PROPERTY, BatchContext.class);
        File file = exchange.getIn().getBody(File.class);
        FormatSpec format = ctx.connector().format();
        RowSource source = RowSources.open(file.toPath(), ctx.fileName(), format, fieldNames(ctx.connector()));
        ctx.holdSource(source);
        List<RawRow> top = new ArrayList<>();
        while (top.size() < HeaderBinder.topRows(ctx.connector()) && source.hasNext()) {
            RawRow row = source.next();
            if (!row.isBlank() || format.isRecords()) {
                top.add(row);
            }
        }
        ColumnBinding binding = headerBinder.bind(ctx.connector(), top, ctx.fileName());
        batches.describeFile(ctx.id(), source.describe(), binding.headerCells());
        batches.saveIssues(ctx.id(), List.of(), binding.fileWarnings());
        ctx.countWarnings(binding.fileWarnings().size());
        ctx.itemColumns(binding.columns().stream().filter(c -> c.field().item() != null).count());
        // rows read ahead while looking for the header come first, then the rest of the file, still streaming
        Iterator<RawRow> data = Stream.concat(top.stream().filter(r -> r.rowNumber() > binding.headerRow()),
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(source, Spliterator.ORDERED), false)).iterator();
        Chunks chunks = new Chunks(data, source, binding, chunkSize, new NotesRows(format.skipRowsStartingWith()),
                format.isRecords());
        if (!chunks.hasNext()) {
            throw format.isRecords()
                    ? new FileRejectedException("no-records", "“" + ctx.fileName() + "”中没有任何记录。请确认发送的数据包含记录。")
                    : new FileRejectedException("no-data-rows", "文件“" + ctx.fileName() + "”只有表头（第 "
                            + binding.headerRow() + " 行），没有数据行。请填写数据后再上传。");
        }
        return chunks;
    }

    /** Per field, the names a JSON property or XML element may have: the column, then its aliases. */
    static List<List<String>> fieldNames(ConnectorDefinition connector) {
        return connector.fields().stream().map(f -> {
            List<String> names = new ArrayList<>();
            names.add(f.column());
            names.addAll(f.aliases());
            return List.copyOf(names);
        }).toList();
    }

    private static final class Chunks implements Iterator<RowChunk> {
        private final Iterator<RawRow> source;
        private final RowSource reader;
        private final ColumnBinding binding;
        private final int size;
        private final NotesRows notes;
        private final boolean records;
        private final List<RowIssue> skipped = new ArrayList<>();
        private RawRow peeked;

        Chunks(Iterator<RawRow> source, RowSource reader, ColumnBinding binding, int size, NotesRows notes,
               boolean records) {
            this.source = source;
            this.reader = reader;
            this.binding = binding;
            this.size = size;
            this.notes = notes;
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            while (peeked == null && source.hasNext()) {
                RawRow row = source.next();
                // a blank spreadsheet row is layout; an empty record was sent and is counted (and rejected)
                if (row.isBlank() && !records) {
                    continue;
                }
                Optional<RowIssue> note = notes.asNote(row);
                if (note.isPresent()) {
                    skipped.add(note.get());
                    continue;
                }
                peeked = row;
            }
            return peeked != null;
        }

        @Override
        public RowChunk next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<RawRow> rows = new ArrayList<>(size);
            while (rows.size() < size && hasNext()) {
                rows.add(peeked);
                peeked = null;
            }
            // look one row ahead, so notes rows between this chunk and the next (or at the end) go with this chunk
            hasNext();
            reader.drainNotices().forEach(n -> skipped.add(new RowIssue(null, n.field(), null, n.message())));
            RowChunk chunk = new RowChunk(binding, rows, List.copyOf(skipped));
            skipped.clear();
            return chunk;
        }
    }
}
