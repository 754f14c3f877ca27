package cn.yibiaotong.hub.normalize;

/**
 * Result of checking one value: a normalised value (possibly with a warning) or an error.
 * Messages are written for the uploader and never contain the checked value itself, because values
 * can be personal data; the caller reports the value in a separate, access-controlled field.
 *
 * @param value   the normalised value, or null when the check failed
 * @param error   what is wrong and how to fix it (Chinese), or null when the value is acceptable
 * @param warning a note for an accepted value that was changed in a way the uploader should know about, or null
 */
public record Checked(String value, String error, String warning) {

    public Checked {
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of value and error must be set");
        }
        if (error != null && warning != null) {
            throw new IllegalArgumentException("a warning belongs to an accepted value, not to an error");
        }
    }

    public static Checked ok(String value) {
        return new Checked(value, null, null);
    }

    public static Checked ok(String value, String warning) {
        return new Checked(value, null, warning);
    }

    public static Checked error(String message) {
        return new Checked(null, message, null);
    }

    public boolean isOk() {
        return error == null;
    }
}
