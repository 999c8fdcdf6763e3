package dev.onboardingcost.report.collect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingcost.report.source.common.JsonFields;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");
  private static final Pattern REL =
      Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?", Pattern.CASE_INSENSITIVE);

  private final URI base;
  private final String authorization;
  private final String credentials;
  private final Transport transport;
  private Instant pausedUntil = Instant.MIN;

  /** Waits: the real clock in a run, a recorder in tests (so that no test really waits). */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits for {@code duration} (zero or more).
     *
     * @throws InterruptedException when the run is stopped while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
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
          duration -> Thread.sleep(duration.toMillis()));
    }
  }

  /** Where the page after {@code page} (fetched from {@code uri}) is, if there is one. */
  private interface NextPage {
    Optional<URI> after(URI uri, HttpHeaders headers, JsonNode page) throws CollectFailure;
  }

  /** A listing read one page at a time, each page saying where the next one is. */
  final class Pages {
    private Optional<URI> next;
    private final NextPage nextPage;
    private int count;

    private Pages(URI first, NextPage nextPage) {
      this.next = Optional.of(first);
      this.nextPage = nextPage;
    }

    /** The next page, or empty after the last. */
    Optional<JsonNode> next() throws CollectFailure {
      if (next.isEmpty()) {
        return Optional.empty();
      }
      URI uri = next.get();
      HttpResponse<byte[]> response = send(uri);
      JsonNode page = parse(response.body(), uri.getRawPath());
      next = nextPage.after(uri, response.headers(), page).filter(n -> !n.equals(uri));
      count++;
      return Optional.of(page);
    }

    /** How many pages were read. */
    int count() {
      return count;
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

  /**
   * The pages of {@code path} with a query, each a JSON array of {@code what}, following {@code
   * Link: rel="next"} (Okta, GitHub) until a page is empty.
   */
  Pages links(String path, String what, List<String> query) {
    return new Pages(
        url(path, query),
        (uri, headers, page) -> {
          if (!page.isArray()) {
            throw new CollectFailure(
                "answered a malformed page at "
                    + path
                    + " (expected a JSON array of "
                    + what
                    + ")");
          }
          return page.isEmpty() ? Optional.empty() : next(uri, headers);
        });
  }

  /**
   * The pages of {@code path} with a query, each naming the next with a token at {@code
   * tokenPointer} that is sent back as {@code tokenKey}, until there is none (or Jira's {@code
   * isLast} is true).
   */
  Pages tokens(String path, String tokenKey, String tokenPointer, List<String> query) {
    return new Pages(
        url(path, query),
        (uri, headers, page) -> {
          String token = JsonFields.text(page, tokenPointer);
          if (token.isEmpty() || page.path("isLast").asBoolean(false)) {
            return Optional.empty();
          }
          List<String> more = new ArrayList<>(query);
          more.addAll(List.of(tokenKey, token));
          return Optional.of(url(path, more));
        });
  }

  /** The URL of {@code path} under the base URL, with a query of keys and values. */
  private URI url(String path, List<String> query) {
    StringBuilder url = new StringBuilder(base.toString()).append(path);
    for (int i = 0; i + 1 < query.size(); i += 2) {
      url.append(i == 0 ? '?' : '&')
          .append(encode(query.get(i)))
          .append('=')
          .append(encode(query.get(i + 1)));
    }
    return URI.create(url.toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Optional<URI> next(URI uri, HttpHeaders headers) throws CollectFailure {
    Matcher link = LINK.matcher(headers.firstValue("Link").orElse(""));
    while (link.find()) {
      Matcher rel = REL.matcher(link.group(2));
      while (rel.find()) {
        for (String value : rel.group(1).trim().split("\\s+")) {
          if (value.equalsIgnoreCase("next")) {
            try {
              return Optional.of(uri.resolve(new URI(link.group(1).trim())));
            } catch (URISyntaxException | IllegalArgumentException e) {
              throw new CollectFailure("answered a Link header whose next page is not a URL");
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** GETs {@code uri} until a 2xx answer comes, waiting out rate limits and retrying failures. */
  private HttpResponse<byte[]> send(URI uri) throws CollectFailure {
    requireSameOrigin(uri);
    Duration backoff = FIRST_BACKOFF;
    String where = uri.getRawPath();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= transport.attempts();
      waitForLimit();
      HttpResponse<byte[]> response;
      try {
        response = transport.http().send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (last) {
          throw unreachable(uri, e, attempt);
        }
        backoff = pause(backoff);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CollectFailure("interrupted; what was written is kept");
      }
      int status = response.statusCode();
      HttpHeaders headers = response.headers();
      if (exhausted(headers)) {
        untilReset(headers).ifPresent(wait -> pausedUntil = transport.clock().instant().plus(wait));
      }
      if (status >= 200 && status < 300) {
        return response;
      }
      Optional<Duration> asked = retryAfter(headers);
      if (status == 429
          || status == 503
          || (status == 403 && (asked.isPresent() || exhausted(headers)))) {
        Duration fallback = backoff;
        Duration wait = asked.orElseGet(() -> untilReset(headers).orElse(fallback));
        if (wait.compareTo(transport.longestWait()) > 0) {
          throw new CollectFailure(
              String.format(
                  "rate limited (%s): the API asks to wait %s minutes; run again later",
                  status, wait.toMinutes()),
              status);
        }
        if (last) {
          throw new CollectFailure(
              "still rate limited (" + status + ") after " + attempt + " tries; run again later",
              status);
        }
        sleep(wait);
        backoff = longer(backoff);
      } else if (status >= 500 && !last) {
        backoff = pause(backoff);
      } else {
        throw failure(status, where, attempt);
      }
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

  private CollectFailure unreachable(URI uri, IOException e, int attempt) {
    String advice = "; check the url and the network, then run again";
    if (e instanceof HttpTimeoutException) {
      return new CollectFailure(
          String.format(
              "no answer from %s within %s s (%s tries at %s)%s",
              uri.getHost(), transport.timeout().toSeconds(), attempt, uri.getRawPath(), advice));
    }
    return new CollectFailure(
        String.format(
            "cannot reach %s (%s, %s tries)%s",
            uri.getHost(), e.getClass().getSimpleName(), attempt, advice));
  }

  private CollectFailure failure(int status, String where, int attempt) {
    String message;
    if (status >= 500) {
      message =
          String.format(
              "answered %s %s times at %s: the service is failing; run again later",
              status, attempt, where);
    } else if (status == 401) {
      message =
          "the credential was refused (401): check that " + credentials + " is set and still valid";
    } else if (status == 403) {
      message =
          String.format(
              "access denied (403) at %s: check that %s has the permission to read it",
              where, credentials);
    } else if (status == 404) {
      message = "not found (404) at " + where + ": check the url and names in onboarding.yaml";
    } else {
      message = "answered " + status + " at " + where;
    }
    return new CollectFailure(message, status);
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
          String.format(
              "answered a malformed page at %s (not JSON at line %s, column %s)",
              where, e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw new CollectFailure("answered a page that cannot be read at " + where);
    }
  }

  private void requireSameOrigin(URI uri) throws CollectFailure {
    if (!origin(uri).equals(origin(base))) {
      throw new CollectFailure(
          String.format(
              "the API pointed to %s://%s, not the host of its url in onboarding.yaml (%s);"
                  + " collect talks only to the hosts its settings name",
              uri.getScheme(), uri.getHost(), base.getHost()));
    }
  }

  private static String origin(URI uri) {
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
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
    OptionalLong remaining = number(headers, "X-Rate-Limit-Remaining", "X-RateLimit-Remaining");
    return remaining.isPresent() && remaining.getAsLong() <= 0;
  }

  /** Time until the limit resets (epoch seconds in the header), plus a second of margin. */
  private Optional<Duration> untilReset(HttpHeaders headers) {
    OptionalLong reset = number(headers, "X-Rate-Limit-Reset", "X-RateLimit-Reset");
    if (reset.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(until(Instant.ofEpochSecond(reset.getAsLong()).plusSeconds(1)));
  }

  private Optional<Duration> retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").map(String::strip).orElse("");
    if (value.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      return Optional.of(
          until(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Duration until(Instant at) {
    Duration wait = Duration.between(transport.clock().instant(), at);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /** The first of the headers {@code names} that holds a whole number. */
  private static OptionalLong number(HttpHeaders headers, String... names) {
    for (String name : names) {
      String value = headers.firstValue(name).map(String::strip).orElse("");
      if (value.matches("-?\\d{1,18}")) {
        return OptionalLong.of(Long.parseLong(value));
      }
    }
    return OptionalLong.empty();
  }

  private Duration pause(Duration backoff) throws CollectFailure {
    sleep(backoff);
    return longer(backoff);
  }

  private static Duration longer(Duration backoff) {
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
}
