package cn.haztrail.console;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.ArrayList;
import java.util.List;

/** The Chromium windows one test opens on the running application; all are closed after the test. */
final class BrowserWindows implements BeforeEachCallback, AfterEachCallback {

    private final List<Browser> open = new ArrayList<>();
    private String base;

    @Override
    public void beforeEach(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
        base = "http://127.0.0.1:" + port;
    }

    /** A window of the given size, with more Chromium switches if given (a fake camera, say). */
    Browser open(int width, int height, String... switches) {
        Browser browser = Browser.open(base, width, height, switches);
        open.add(browser);
        return browser;
    }

    /** Skips the test (or fails it where a browser is required) before it prepares anything. */
    void requireBrowser() {
        Browser.open(base, 10, 10).close();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        open.forEach(Browser::close);
        open.clear();
    }
}
