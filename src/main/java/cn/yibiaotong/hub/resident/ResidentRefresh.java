package cn.yibiaotong.hub.resident;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Recomputes the surviving values and conflicts of residents whose records moved (a merge or an unmerge). */
@Component
public class ResidentRefresh {

    private final SourceRecords records;
    private final ResidentSummaries summaries;
    private final ConflictRecorder conflicts;

    public ResidentRefresh(SourceRecords records, ResidentSummaries summaries, ConflictRecorder conflicts) {
        this.records = records;
        this.summaries = summaries;
        this.conflicts = conflicts;
    }

    public void refresh(Set<String> residentIds, OffsetDateTime now) {
        Map<String, Map<String, List<ItemValue>>> byResident = records.current(residentIds).stream()
                .flatMap(r -> r.itemValues().stream())
                .collect(Collectors.groupingBy(ItemValue::residentId, Collectors.groupingBy(ItemValue::itemCode)));
        summaries.refresh(byResident);
        conflicts.refresh(byResident, now);
    }
}
