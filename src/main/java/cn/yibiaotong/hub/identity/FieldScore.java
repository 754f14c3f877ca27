package cn.yibiaotong.hub.identity;

import cn.yibiaotong.hub.configfile.ConfigFileReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One field's part of a Fellegi–Sunter score: its comparator, and per level the weight log2(m/u) in bits.
 * m and u are kept so that EM can start from them and replace them.
 */
record FieldScore(String item, FieldComparator comparator, double[] m, double[] u, double[] weights,
                  double missing, boolean[] holdForReview) {

    static FieldScore of(MatchingFile.Field f, FieldComparator comparator, ConfigFileReader reader, String at) {
        List<String> levels = comparator.levels();
        if (!new HashSet<>(levels).equals(f.levels().keySet())) {
            throw reader.error(at + "/levels", "比较方法“" + f.comparator() + "”的级别应为 " + String.join("、", levels)
                    + "，文件中写的是 " + String.join("、", f.levels().keySet()),
                    "请为每个级别各写一项 m、u（或 weight），不多不少");
        }
        int n = levels.size();
        double[] m = new double[n];
        double[] u = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            MatchingFile.Level level = f.levels().get(levels.get(i));
            String where = at + "/levels/" + levels.get(i);
            if ((level.weight() == null) == (level.m() == null || level.u() == null)) {
                throw reader.error(where, "级别“" + levels.get(i) + "”要么同时给出 m 和 u，要么只给出 weight",
                        "请写成 {m: 0.9, u: 0.01} 或 {weight: 5}");
            }
            m[i] = level.m() == null ? Double.NaN : level.m();
            u[i] = level.u() == null ? Double.NaN : level.u();
            w[i] = level.weight() != null ? level.weight() : log2(m[i] / u[i]);
        }
        boolean[] hold = new boolean[n];
        Set<String> unknown = new HashSet<>();
        for (String h : f.holdForReview() == null ? List.<String>of() : f.holdForReview()) {
            if (levels.contains(h)) {
                hold[levels.indexOf(h)] = true;
            } else {
                unknown.add(h);
            }
        }
        if (!unknown.isEmpty()) {
            throw reader.error(at + "/holdForReview", "holdForReview 中的级别 " + String.join("、", unknown) + " 不存在",
                    "只能写该比较方法的级别：" + String.join("、", levels));
        }
        return new FieldScore(f.item(), comparator, m, u, w, f.missing(), hold);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The same field with m and u re-estimated; weights follow, except a level configured as a bare weight. */
    FieldScore withProbabilities(double[] newM, double[] newU) {
        double[] w = new double[newM.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.isNaN(newM[i]) || Double.isNaN(newU[i]) ? weights[i] : log2(newM[i] / newU[i]);
        }
        return new FieldScore(item, comparator, newM, newU, w, missing, holdForReview);
    }
}
