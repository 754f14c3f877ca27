package cn.yibiaotong.hub.batch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The batches this hub process is working on now. A batch that is RUNNING in the store but not here was left
 * behind by a process that died (kill -9, power cut) or by a close that the database refused (it was down):
 * {@link InterruptedBatches} ends those. A batch enters before its row is written and leaves after its outcome is
 * stored, so no batch is ever both running here and missing from this set.
 */
@Component
public class InFlightBatches {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    public void started(String batchId) {
        ids.add(batchId);
    }

    public void ended(String batchId) {
        ids.remove(batchId);
    }

    public boolean contains(String batchId) {
        return ids.contains(batchId);
    }

    public int size() {
        return ids.size();
    }
}
