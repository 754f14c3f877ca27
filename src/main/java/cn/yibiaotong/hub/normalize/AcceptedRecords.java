package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.BatchContext;
import cn.yibiaotong.hub.batch.IngestHeaders;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The records a batch's check pass accepted, kept in order in a temporary file of JSON lines (one
 * {@link NormalizedRecord} each), so that its apply pass reads them back in chunks instead of reading, mapping and
 * checking the file a second time. The file is the batch's own ({@code <spill-dir>/<batch id>.jsonl}) and goes when
 * the batch ends (BatchContext.closeSource), or when recovery ends a batch a stopped hub left (InterruptedBatches).
 */
@Component
public class AcceptedRecords {

    private final ObjectMapper json;
    private final Path dir;
    private final int chunkSize;

    public AcceptedRecords(ObjectMapper json, @Value("${hub.ingest.spill-dir:data/ingest-spill}") Path dir,
                           @Value("${hub.ingest.chunk-size:100}") int chunkSize) {
        this.json = json;
        this.dir = dir;
        this.chunkSize = chunkSize;
    }

    /** The batch's file of accepted records, whether or not it exists. */
    public Path fileOf(String batchId) {
        return dir.resolve(batchId + ".jsonl");
    }

    /** Appends the chunk's accepted records (check pass). */
    public NormalizedChunk keep(NormalizedChunk chunk, @ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx)
            throws IOException {
        SequenceWriter out = ctx.spill(SequenceWriter.class);
        if (out == null) {
            Files.createDirectories(dir);
            Path file = fileOf(ctx.id());
            out = json.writerFor(NormalizedRecord.class).withRootValueSeparator("\n")
                    .writeValues(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            ctx.holdSpill(file, out);
        }
        for (NormalizedRecord r : chunk.accepted()) {
            out.write(r);
        }
        return chunk;
    }

    /** The kept records again, in chunks and in the order they were read (apply pass). */
    public Iterator<NormalizedChunk> replay(@ExchangeProperty(IngestHeaders.BATCH_PROPERTY) BatchContext ctx)
            throws IOException {
        Path file = ctx.finishSpill();
        if (file == null) {
            return List.<NormalizedChunk>of().iterator();
        }
        MappingIterator<NormalizedRecord> records = json.readerFor(NormalizedRecord.class)
                .readValues(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        ctx.holdSource(records);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public NormalizedChunk next() {
                if (!records.hasNext()) {
                    throw new NoSuchElementException();
                }
                List<NormalizedRecord> chunk = new ArrayList<>(chunkSize);
                while (chunk.size() < chunkSize && records.hasNext()) {
                    chunk.add(records.next());
                }
                return new NormalizedChunk(chunk, new ArrayList<>(), new ArrayList<>());
            }
        };
    }

    /** Deletes the file of a batch that no process works on any more. */
    public void forget(String batchId) {
        try {
            Files.deleteIfExists(fileOf(batchId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
