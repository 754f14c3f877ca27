package cn.yibiaotong.hub.normalize;

import cn.yibiaotong.hub.batch.RowIssue;
import cn.yibiaotong.hub.batch.RowRejection;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of normalising one chunk. Later stages may still reject an accepted record (a duplicate in the
 * same file), so the lists are mutable and passed along.
 */
public record NormalizedChunk(List<NormalizedRecord> accepted, List<RowRejection> rejected, List<RowIssue> warnings) {

    public NormalizedChunk() {
        this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
