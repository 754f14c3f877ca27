package cn.yibiaotong.bench;

/** Benchmark settings from the environment, so that each benchmark stays one documented command. */
final class Settings {

    private Settings() {
    }

    static long rows() {
        return number("BENCH_ROWS", 1_000_000);
    }

    static int runs() {
        return (int) number("BENCH_RUNS", 2);
    }

    static long number(String name, long fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Long.parseLong(v.strip().replace("_", ""));
    }
}
