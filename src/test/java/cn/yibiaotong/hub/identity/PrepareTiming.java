package cn.yibiaotong.hub.identity;

import java.nio.file.Path;
import java.time.LocalDate;

/** Development aid: how long preparing records takes once the JVM is warm. */
public final class PrepareTiming {
    public static void main(String[] args) throws Exception {
        RecordPreparer p = new RecordPreparer(MatchEvaluation.communities(Path.of("config/divisions/longquanyi.csv")),
                LocalDate.now());
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            int n = LabelledRecords.read(Path.of(args[0]), p).records().size();
            System.out.printf("%d records in %.2f s%n", n, (System.nanoTime() - t) / 1e9);
        }
    }
}
