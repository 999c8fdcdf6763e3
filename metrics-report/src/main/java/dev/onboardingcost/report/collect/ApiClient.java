package dev.onboardingcost.report.collect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One system's JSON API over the JDK's {@link HttpClient}: GET requests with the system's
 * authorization, only to the scheme, host and port of its base URL, with bounded retries.
 *
 * <p>Rate limits are honoured: a 429 or 503 (and a 403 that carries {@code Retry-After} or an
 * exhausted limit, as GitHub's secondary limits do) waits for {@code Retry-After} or the limit's
 * reset ({@code X-Rate-Limit-Reset} of Okta, {@code X-RateLimit-Reset} of GitHub, epoch seconds)
 * and tries again; an exhausted limit ({@code -Remaining: 0}) waits for its reset before the next
 * request. Other 5xx answers and timeouts are retried with exponential backoff. Anything else stops
 * with a {@link CollectFailure} whose message names the status and what to check, never the
 * credential.
 */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  private final URI base;
  private final String authorization;
  private final String credentials;
  private final Transport transport;
  private Instant pausedUntil = Instant.MIN;

  /** A page of JSON: the parsed body, the headers and the URL it came from. */
  public record Page(JsonNode body, HttpHeaders headers, URI uri) {
    /** Checks the page. */
    public Page {
      requireNonNull(body, "body");
      requireNonNull(headers, "headers");
      requireNonNull(uri, "uri");
    }

    /** The {@code rel="next"} target of the {@code Link} header, if any. */
    public Optional<URI> next() throws CollectFailure {
      Optional<String> next = LinkHeader.next(headers.firstValue("Link").orElse(null));
      if (next.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(uri.resolve(new URI(next.get())));
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        throw new CollectFailure("answered a Link header whose next page is not a URL");
      }
    }
  }

  /**
   * What all clients of one run share: the HTTP client, the timeout of a request, how many times a
   * request is tried, the longest wait a rate limit may ask for, the clock and the sleeper.
   */
  public record Transport(
      HttpClient http,
      Duration timeout,
      int attempts,
      Duration longestWait,
      Clock clock,
      Sleeper sleeper) {
    /** Checks the transport. */
    public Transport {
      requireNonNull(http, "http");
      requireNonNull(timeout, "timeout");
      requireNonNull(longestWait, "longestWait");
      requireNonNull(clock, "clock");
      requireNonNull(sleeper, "sleeper");
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
      }
    }

    /** Real waits, 30 s per request, 5 tries, rate-limit waits up to 15 minutes. */
    public static Transport standard(Clock clock) {
      return new Transport(
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(30))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build(),
          Duration.ofSeconds(30),
          5,
          Duration.ofMinutes(15),
          clock,
          Sleeper.REAL);
    }
  }

  /**
   * A client of the API at {@code base}.
   *
   * @param authorization the {@code Authorization} header's value (kept private, never shown)
   * @param credentials how messages name the credential, e.g. {@code the token in OKTA_API_TOKEN
   *     (scopes okta.logs.read, okta.users.read)}
   */
  public ApiClient(URI base, String authorization, String credentials, Transport transport) {
    this.base = requireNonNull(base, "base");
    this.authorization = requireNonNull(authorization, "authorization");
    this.credentials = requireNonNull(credentials, "credentials");
    this.transport = requireNonNull(transport, "transport");
  }

  /** The URL of {@code path} (starting with {@code /}) under the base URL, with a query. */
  public URI url(String path, String... keysAndValues) {
    StringBuilder url = new StringBuilder(base.toString()).append(path);
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      url.append(i == 0 ? '?' : '&')
          .append(encode(keysAndValues[i]))
          .append('=')
          .append(encode(keysAndValues[i + 1]));
    }
    return URI.create(url.toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * GETs {@code uri} and parses its JSON body.
   *
   * @throws CollectFailure when the URL leaves the base URL's host, the answer is an error after
   *     the retries, the body is not JSON, or no answer came in time
   */
  public Page get(URI uri) throws CollectFailure {
    requireSameOrigin(uri);
    Duration backoff = FIRST_BACKOFF;
    String where = uri.getRawPath();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= transport.attempts();
      waitForLimit();
      HttpResponse<byte[]> response;
      try {
        response = transport.http().send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
      } catch (HttpTimeoutException e) {
        if (last) {
          throw new CollectFailure(
              "no answer from "
                  + uri.getHost()
                  + " within "
                  + transport.timeout().toSeconds()
                  + " s ("
                  + attempt
                  + " tries at "
                  + where
                  + "); check the url and the network, then run again");
        }
        backoff = pause(backoff);
        continue;
      } catch (IOException e) {
        if (last) {
          throw new CollectFailure(
              "cannot reach "
                  + uri.getHost()
                  + " ("
                  + e.getClass().getSimpleName()
                  + ", "
                  + attempt
                  + " tries); check the url and the network, then run again");
        }
        backoff = pause(backoff);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CollectFailure("interrupted; what was written is kept");
      }
      int status = response.statusCode();
      HttpHeaders headers = response.headers();
      noteLimit(headers);
      if (status >= 200 && status < 300) {
        return new Page(parse(response.body(), where), headers, uri);
      }
      Optional<Duration> asked = retryAfter(headers);
      boolean limited =
          status == 429
              || status == 503
              || (status == 403 && (asked.isPresent() || exhausted(headers)));
      if (limited) {
        Duration fallback = backoff;
        Duration wait = asked.orElseGet(() -> untilReset(headers).orElse(fallback));
        if (wait.compareTo(transport.longestWait()) > 0) {
          throw new CollectFailure(
              "rate limited ("
                  + status
                  + "): the API asks to wait "
                  + wait.toMinutes()
                  + " minutes; run again later",
              status);
        }
        if (last) {
          throw new CollectFailure(
              "still rate limited (" + status + ") after " + attempt + " tries; run again later",
              status);
        }
        sleep(wait);
        backoff = next(backoff);
        continue;
      }
      if (status >= 500) {
        if (last) {
          throw new CollectFailure(
              "answered "
                  + status
                  + " "
                  + attempt
                  + " times at "
                  + where
                  + ": the service is failing; run again later",
              status);
        }
        backoff = pause(backoff);
        continue;
      }
      throw failure(status, where);
    }
  }

  private HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(transport.timeout())
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("User-Agent", "onboarding-cost-collect")
        .GET()
        .build();
  }

  private CollectFailure failure(int status, String where) {
    if (status == 401) {
      return new CollectFailure(
          "the credential was refused (401): check that " + credentials + " is set and still valid",
          status);
    }
    if (status == 403) {
      return new CollectFailure(
          "access denied (403) at "
              + where
              + ": check that "
              + credentials
              + " has the permission to read it",
          status);
    }
    if (status == 404) {
      return new CollectFailure(
          "not found (404) at " + where + ": check the url and names in onboarding.yaml", status);
    }
    return new CollectFailure("answered " + status + " at " + where, status);
  }

  private static JsonNode parse(byte[] body, String where) throws CollectFailure {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new CollectFailure("answered an empty page at " + where + " (expected JSON)");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new CollectFailure(
          "answered a malformed page at "
              + where
              + " (not JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    } catch (IOException e) {
      throw new CollectFailure("answered a page that cannot be read at " + where);
    }
  }

  private void requireSameOrigin(URI uri) throws CollectFailure {
    if (!origin(uri).equals(origin(base))) {
      throw new CollectFailure(
          "the API pointed to "
              + uri.getScheme()
              + "://"
              + uri.getHost()
              + ", not the host of its url in onboarding.yaml ("
              + base.getHost()
              + "); collect talks only to the hosts its settings name");
    }
  }

  private static String origin(URI uri) {
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (port < 0) {
      port = scheme.equals("https") ? 443 : 80;
    }
    return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
  }

  private void noteLimit(HttpHeaders headers) {
    if (exhausted(headers)) {
      untilReset(headers).ifPresent(wait -> pausedUntil = transport.clock().instant().plus(wait));
    }
  }

  private void waitForLimit() throws CollectFailure {
    Instant now = transport.clock().instant();
    if (pausedUntil.isAfter(now)) {
      Duration wait = Duration.between(now, pausedUntil);
      pausedUntil = Instant.MIN;
      if (wait.compareTo(transport.longestWait()) > 0) {
        throw new CollectFailure(
            "rate limit used up until " + now.plus(wait) + "; run again later");
      }
      sleep(wait);
    }
  }

  private static boolean exhausted(HttpHeaders headers) {
    OptionalLong remaining = number(headers, "X-Rate-Limit-Remaining");
    if (remaining.isEmpty()) {
      remaining = number(headers, "X-RateLimit-Remaining");
    }
    return remaining.isPresent() && remaining.getAsLong() <= 0;
  }

  /** Time until the limit resets (epoch seconds in the header), plus a second of margin. */
  private Optional<Duration> untilReset(HttpHeaders headers) {
    OptionalLong reset = number(headers, "X-Rate-Limit-Reset");
    if (reset.isEmpty()) {
      reset = number(headers, "X-RateLimit-Reset");
    }
    if (reset.isEmpty()) {
      return Optional.empty();
    }
    Duration wait =
        Duration.between(transport.clock().instant(), Instant.ofEpochSecond(reset.getAsLong()))
            .plusSeconds(1);
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  private Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get().matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.get())));
    }
    try {
      Instant at =
          ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(transport.clock().instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static OptionalLong number(HttpHeaders headers, String name) {
    Optional<String> value = headers.firstValue(name).map(String::strip);
    if (value.isPresent() && value.get().matches("-?\\d{1,18}")) {
      return OptionalLong.of(Long.parseLong(value.get()));
    }
    return OptionalLong.empty();
  }

  private Duration pause(Duration backoff) throws CollectFailure {
    sleep(backoff);
    return next(backoff);
  }

  private static Duration next(Duration backoff) {
    Duration doubled = backoff.multipliedBy(2);
    return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
  }

  private void sleep(Duration wait) throws CollectFailure {
    try {
      transport.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CollectFailure("interrupted; what was written is kept");
    }
  }

  @Override
  public String toString() {
    return "ApiClient[" + base + "]";
  }
}
