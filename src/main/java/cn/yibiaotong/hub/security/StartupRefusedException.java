package cn.yibiaotong.hub.security;

/** Start-up refused: the accounts configured would let the wrong people in (a demo password outside the demo, no usable admin password). */
public class StartupRefusedException extends RuntimeException {

    private final String fix;

    public StartupRefusedException(String description, String fix) {
        super(description, null, false, false);
        this.fix = fix;
    }

    public String fix() {
        return fix;
    }
}
