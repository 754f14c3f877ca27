package cn.yibiaotong.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.dataformat.csv.CsvDataFormat;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The route a newcomer to Camel writes for "load this CSV into the database": unmarshal the CSV, split it into rows,
 * one parameterised INSERT per row through camel-jdbc on a pooled data source, auto-commit. No mapping, no checks,
 * no identity, no provenance. The CSV is read lazily (otherwise a million rows would not fit in the heap at all), so
 * what is measured is the cost of a statement and a commit per row. It stops by itself after {@code cap} and then
 * reports its rate, from which the time for the whole file is extrapolated.
 */
final class NaiveRoute {

    record Result(long rows, double seconds, boolean finished) {
        double rowsPerSecond() {
            return rows / seconds;
        }

        double secondsFor(long total) {
            return finished ? seconds : total / rowsPerSecond();
        }
    }

    static Result run(DataSource ds, Path csv, Duration cap) throws Exception {
        AtomicLong rows = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        StringBuilder insert = new StringBuilder("INSERT INTO naive_roster VALUES (");
        for (int i = 0; i < RosterGenerator.HEADER.size(); i++) {
            insert.append(i == 0 ? "" : ", ").append(":?c").append(i);
        }
        String sql = insert.append(")").toString();
        CsvDataFormat format = new CsvDataFormat();
        format.setLazyLoad(true);
        format.setSkipHeaderRecord(true);
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("roster", ds);
        camel.getShutdownStrategy().setTimeout(5);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + csv.getParent().toAbsolutePath() + "?noop=true&initialDelay=0&charset=UTF-8&fileName=" + csv.getFileName())
                        .unmarshal(format)
                        .split(body()).streaming()
                            .process(e -> {
                                List<?> cells = e.getIn().getBody(List.class);
                                for (int i = 0; i < cells.size(); i++) {
                                    e.getIn().setHeader("c" + i, cells.get(i));
                                }
                                e.getIn().setBody(sql);
                            })
                            .to("jdbc:roster?useHeadersAsParameters=true")
                            .process(e -> rows.incrementAndGet())
                        .end()
                        .process(e -> done.countDown());
            }
        });
        long t0 = System.nanoTime();
        camel.start();
        boolean finished = done.await(cap.toSeconds(), TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long n = rows.get();
        camel.stop();
        return new Result(n, seconds, finished);
    }
}
