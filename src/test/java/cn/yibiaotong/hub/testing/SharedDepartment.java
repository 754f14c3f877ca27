package cn.yibiaotong.hub.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The health and human-resources departments played by one real HTTP server on loopback, started when the test
 * session opens. The outbound connectors resolve their URLs when the hub's context loads, and that shared context may
 * be built by any test class: the address has to be a system property before the first context exists.
 */
public final class SharedDepartment implements LauncherSessionListener {

    static final DepartmentStub STUB = start();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // loading this class has started the stub and published its address (static initialiser above)
    }

    private static DepartmentStub start() {
        try {
            DepartmentStub stub = new DepartmentStub();
            System.setProperty("hub.delivery.endpoints.health", stub.url("/wjj/elderly"));
            System.setProperty("hub.delivery.endpoints.human-resources", stub.url("/rsj/persons"));
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
