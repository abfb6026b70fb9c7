package org.powerpartnership.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Someone signed in through the proxy with a browser's cookie jar (sign-in form, then a signed-in page). */
final class ProxiedPerson {

    /** What a person saw after the kill. */
    record SessionOutcome(int requests, int failures, String firstAnswer, String nodeAfter, boolean signedInAgain) {
    }

    private static final String PAGE = "/camunda/app/welcome/default/";
    private final TwoNodeCluster cluster;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private ProxiedPerson(TwoNodeCluster cluster) {
        this.cluster = cluster;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** Signs people in until one is on the node wanted (the proxy hands new visitors out in turn). */
    static ProxiedPerson signedInOn(String node, TwoNodeCluster cluster) throws Exception {
        for (int attempt = 0; attempt < 6; attempt++) {
            ProxiedPerson person = new ProxiedPerson(cluster);
            person.signIn();
            if (node.equals(person.node())) {
                if (person.page() != 200) {
                    throw new IllegalStateException("signed in on " + node + " but the page is refused");
                }
                return person;
            }
        }
        throw new IllegalStateException("nobody landed on node " + node);
    }

    void signIn() throws Exception {
        // the sign-in page carries the CSRF token the sign-in form must post back
        String page = client.send(HttpRequest.newBuilder(URI.create(cluster.url("/login")))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        String form = "username=" + URLEncoder.encode(TwoNodeCluster.ADMIN_EMAIL, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(TwoNodeCluster.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(cluster.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("")
                .contains("error")) {
            throw new IllegalStateException("sign-in refused: " + response.statusCode() + " "
                    + response.headers().map());
        }
    }

    String node() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("PPNODE"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("?");
    }

    int page() throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(cluster.url(PAGE))).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    SessionOutcome carriesOn(Duration during) throws Exception {
        int requests = 0;
        int failures = 0;
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            requests++;
            try {
                if (page() != 200 || !"b".equals(node())) {
                    failures++;
                }
            } catch (IOException e) {
                failures++;
            }
            Thread.sleep(250);
        }
        return new SessionOutcome(requests, failures, null, node(), false);
    }

    SessionOutcome afterKill(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        String first = null;
        while (System.nanoTime() < end) {
            try {
                int status = page();
                first = first == null ? status + (status == 302 ? " (to sign in)" : "") : first;
                if (status == 302) {
                    signIn();
                    boolean in = page() == 200;
                    return new SessionOutcome(0, 0, first, node(), in);
                }
                if (status == 200) {
                    return new SessionOutcome(0, 0, first, node(), true);
                }
            } catch (IOException e) {
                first = first == null ? "no answer" : first;
            }
            Thread.sleep(250);
        }
        return new SessionOutcome(0, 0, first, node(), false);
    }
}
