package org.powerpartnership.bench;



/**
 * An officer in a browser (Chromium, headless) whose session is on node a: saves a launch draft (the
 * "Save draft" button of the launch screen, stored in the database) before the kill; after it, signs in again
 * through the proxy, lands on b and finds the draft in "Your saved drafts". Null where Chromium is missing.
 */
final class DraftWriter {

    private final org.powerpartnership.support.Browser browser;
    private final String title;

    private DraftWriter(org.powerpartnership.support.Browser browser, String title) {
        this.browser = browser;
        this.title = title;
    }

    static DraftWriter onNodeA(TwoNodeCluster cluster, ProbeApi api) throws Exception {
        if (!new java.io.File(org.powerpartnership.support.Browser.CHROMEDRIVER).canExecute()) {
            return null;
        }
        api.makeAdminAnOfficer();
        var browser = org.powerpartnership.support.Browser.open(cluster.proxyPort());
        browser.go("/login");
        // the proxy's stickiness cookie, set as it would have been for someone it sent to a
        browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("PPNODE", "a"));
        browser.signIn(TwoNodeCluster.ADMIN_EMAIL, TwoNodeCluster.ADMIN_PASSWORD);
        String title = "Riverside lighting draft " + System.nanoTime();
        browser.go("/launch");
        browser.type("#launch-title", title);
        // leave the field, as a person does: its value goes to the server on change
        browser.find("#launch-title input").sendKeys(org.openqa.selenium.Keys.TAB);
        browser.settle();
        // a script's click: at the foot of the page the button may sit under the page's sticky actions bar
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].click()", browser.find("#launch-save-draft"));
        browser.settle();
        browser.textContaining("#launch-status", "saved");
        String node = browser.driver().manage().getCookieNamed("PPNODE").getValue();
        if (!"a".equals(node)) {
            browser.close();
            throw new IllegalStateException("the officer's session is on " + node + ", not a");
        }
        return new DraftWriter(browser, title);
    }

    String afterKill() {
        try {
            browser.go("/launch");
            if (browser.path().equals("/login")) {
                browser.signIn(TwoNodeCluster.ADMIN_EMAIL, TwoNodeCluster.ADMIN_PASSWORD);
                browser.go("/launch");
            }
            String node = browser.driver().manage().getCookieNamed("PPNODE").getValue();
            String drafts = browser.textContaining("#launch-drafts", title);
            return node + " / " + (drafts.contains(title) ? "yes" : "no");
        } catch (RuntimeException | AssertionError e) {
            return "failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        } finally {
            browser.close();
        }
    }
}
