package cn.yibiaotong.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time a database server that runs apart from the hub (PostgreSQL: its main process and its backends) used between
 * two moments. A process that started in between counts from zero. A backend that ended in between (a connection
 * closed, e.g. the bulk load's) is counted through its parent: Linux adds the CPU of a child the parent has waited for
 * to the parent's (cutime, cstime in /proc/<pid>/stat), which this reads.
 */
final class ServerCpu {

    private final Supplier<List<ProcessHandle>> processes;
    private final Map<Long, Double> from;

    private ServerCpu(Supplier<List<ProcessHandle>> processes) {
        this.processes = processes;
        this.from = byPid(processes.get());
    }

    /** Starts counting now. */
    static ServerCpu from(Supplier<List<ProcessHandle>> processes) {
        return new ServerCpu(processes);
    }

    /** CPU seconds used since {@link #from}; NaN where there is no separate server (H2 in the hub's own process). */
    double seconds() {
        Map<Long, Double> now = byPid(processes.get());
        return now.isEmpty() ? Double.NaN : now.entrySet().stream()
                .mapToDouble(e -> e.getValue() - from.getOrDefault(e.getKey(), 0.0)).sum() / 1000;
    }

    private static Map<Long, Double> byPid(List<ProcessHandle> processes) {
        Map<Long, Double> byPid = new HashMap<>();
        processes.forEach(p -> byPid.put(p.pid(), withWaitedChildrenMs(p)));
        return byPid;
    }

    /** utime + stime + cutime + cstime of /proc/<pid>/stat in ms; without /proc, the process's own CPU time. */
    private static double withWaitedChildrenMs(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return cpuMs(process);
        }
    }

    /** USER_HZ, 100 on every Linux this runs on (sysconf(_SC_CLK_TCK); Java has no call for it). */
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    /** CPU time of a process so far (user and system, all threads), in ms; NaN where the platform does not say. */
    static double cpuMs(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
    }
}
