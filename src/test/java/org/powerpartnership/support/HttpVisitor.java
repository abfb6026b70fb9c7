package org.powerpartnership.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Someone with a plain HTTP client and a cookie jar, who does not follow redirects (so tests see them). */
public final class HttpVisitor {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;
    private String basicAuthorization;

    public HttpVisitor(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends HTTP Basic credentials with every request from now on. */
    public HttpVisitor withBasic(String user, String password) {
        basicAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET();
        return send(request);
    }

    public HttpResponse<String> get(String path) {
        return get(path, "application/json");
    }

    /** Signs in through the sign-in form, as a browser would: the page first, then its form with the page's token. */
    public HttpResponse<String> signIn(String email, String password) {
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", csrfTokenOf("/login")));
    }

    /** The CSRF token a page carries (Vaadin puts it in {@code <meta name="_csrf">}); needs this visitor's session. */
    public String csrfTokenOf(String path) {
        Matcher token = CSRF_META.matcher(get(path, "text/html").body());
        if (!token.find()) {
            throw new IllegalStateException(path + " carries no CSRF token");
        }
        return token.group(1);
    }

    /** Posts a form as it is, with no token added. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A GET with extra headers (as a proxy in front would add them). */
    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (basicAuthorization != null) {
            request.header("Authorization", basicAuthorization);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
