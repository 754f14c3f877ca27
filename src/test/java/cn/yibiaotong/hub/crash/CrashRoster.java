package cn.yibiaotong.hub.crash;

import cn.yibiaotong.hub.normalize.IdNumbers;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A street roster large enough that a kill lands mid-batch, with what an undisturbed run must end with known in
 * advance: residents {@code first .. first+rows-1} by index, one row in 100 with a wrong ID check character
 * (rejected, under the roster's 2 % threshold), every other row one new resident with one version.
 */
final class CrashRoster {

    static final String HEADER = "姓名,公民身份号码,性别,所属社区,联系电话\n";
    private static final String COMMUNITY = "510112001001";
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);

    static final String PHONE_PREFIX = "1390000";

    private final int first;
    private final int rows;
    private final String phonePrefix;

    CrashRoster(int first, int rows) {
        this(first, rows, PHONE_PREFIX);
    }

    /** @param phonePrefix the first seven digits of every phone number: another prefix is another value */
    CrashRoster(int first, int rows, String phonePrefix) {
        this.first = first;
        this.rows = rows;
        this.phonePrefix = phonePrefix;
    }

    static boolean bad(int index) {
        return index % 100 == 50;
    }

    /** A valid citizen ID for resident number {@code index}, different for every index below 36 million. */
    static String idNumber(int index) {
        String body = "510112" + FIRST_BIRTH.plusDays(index % 30_000).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", index / 30_000 % 1000);
        return body + IdNumbers.checkCharacter(body);
    }

    static String row(int index) {
        return row(index, PHONE_PREFIX);
    }

    static String row(int index, String phonePrefix) {
        String id = idNumber(index);
        if (bad(index)) {
            id = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        }
        String gender = (id.charAt(16) - '0') % 2 == 1 ? "男" : "女";
        return "张" + chineseDigits(index) + "," + id + "," + gender + "," + COMMUNITY + "," + phonePrefix + String.format("%04d", index % 10_000)
                + "\n";
    }

    /** Names are Chinese: 张一二三 for resident 123. */
    private static String chineseDigits(int index) {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(index).toCharArray()) {
            b.append("零一二三四五六七八九".charAt(c - '0'));
        }
        return b.toString();
    }

    int rows() {
        return rows;
    }

    /** The index of the roster's first resident. */
    int first() {
        return first;
    }

    long good() {
        return expectedIds().size();
    }

    long rejected() {
        return rows - good();
    }

    Set<String> expectedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = first; i < first + rows; i++) {
            if (!bad(i)) {
                ids.add(idNumber(i));
            }
        }
        return ids;
    }

    byte[] bytes() {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = first; i < first + rows; i++) {
            b.append(row(i, phonePrefix));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Written next to the folder, then moved in whole: the file the hub sees is complete from the start. */
    Path dropInto(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path temp = folder.getParent().resolve(name + ".tmp");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            for (int i = first; i < first + rows; i++) {
                w.write(row(i, phonePrefix));
            }
        }
        return Files.move(temp, folder.resolve(name));
    }
}
