package cn.haztrail.console.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A person's user agent without a browser: a cookie jar, and redirects followed one step at a time. */
final class Browserless {

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String header, String value) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header(header, value)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String url, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String url, String authorization, String json)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect leads, made absolute against the request it answered. */
    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
        return response.request().uri().resolve(location).toString();
    }

    /** Follows redirects (across hosts, as a browser would) and answers the first response that is not one. */
    HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; response.statusCode() / 100 == 3; hops++) {
            if (hops > 10) {
                throw new AssertionError("too many redirects, last to " + location(response));
            }
            response = get(location(response));
        }
        return response;
    }
}
