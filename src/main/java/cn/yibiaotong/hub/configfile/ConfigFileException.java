package cn.yibiaotong.hub.configfile;

/**
 * A configuration file that cannot be used: stops start-up with one message an operator can act on without
 * reading Java, naming the file, the line, the entry and the problem, and saying how to fix it.
 * Messages are Chinese because the operators are.
 */
public class ConfigFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String subject;
    private final String problem;
    private final String fix;

    /**
     * @param file    the file as the operator knows it, e.g. {@code connectors/street-roster.yaml}
     * @param line    1-based line, 0 when the problem concerns the whole file
     * @param subject what is wrong inside the file: an item code or a field path such as {@code fields[3].item};
     *                null for the whole file
     * @param problem what is wrong, one sentence
     * @param fix     what to do about it
     */
    public ConfigFileException(String file, int line, String subject, String problem, String fix) {
        this(file, line, subject, problem, fix, null);
    }

    public ConfigFileException(String file, int line, String subject, String problem, String fix, Throwable cause) {
        super(compose(file, line, subject, problem, fix), cause);
        this.file = file;
        this.line = line;
        this.subject = subject;
        this.problem = problem;
        this.fix = fix;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String subject() {
        return subject;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }

    /** Where and what, without the fix: the failure analyzer prints the fix separately as the action. */
    public String description() {
        return location(file, line, subject) + sentence(problem);
    }

    private static String compose(String file, int line, String subject, String problem, String fix) {
        return location(file, line, subject) + sentence(problem) + (fix == null || fix.isBlank() ? "" : sentence(fix));
    }

    private static String location(String file, int line, String subject) {
        StringBuilder sb = new StringBuilder("配置文件 ").append(file);
        if (line > 0) {
            sb.append(" 第 ").append(line).append(" 行");
        }
        if (subject != null && !subject.isBlank()) {
            sb.append("（").append(subject).append("）");
        }
        return sb.append("：").toString();
    }

    /** Ends a Chinese sentence with 。 unless it already ends with a full stop, question or exclamation mark. */
    static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.endsWith("。") || t.endsWith("？") || t.endsWith("！") ? t : t + "。";
    }
}
