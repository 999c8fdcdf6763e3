package dev.onboardingcost.report.collect;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stub of the systems' APIs on 127.0.0.1 (never another address), answering each path with the
 * responses queued for it, in order; the last one repeats. Requests are recorded.
 */
final class StubApi implements AutoCloseable {
  /** One answer: status, headers, body; {@code hang} holds the answer back until the test ends. */
  record Answer(int status, Map<String, String> headers, String body, boolean hang) {
    static Answer json(String body) {
      return new Answer(200, Map.of(), body, false);
    }

    static Answer status(int status, String body) {
      return new Answer(status, Map.of(), body, false);
    }

    static Answer hanging() {
      return new Answer(200, Map.of(), "[]", true);
    }

    Answer with(String header, String value) {
      Map<String, String> more = new HashMap<>(headers);
      more.put(header, value);
      return new Answer(status, more, body, hang);
    }
  }

  /** A recorded request: its path with query, decoded, and its Authorization header. */
  record Request(String path, String query, String authorization) {}

  static final Instant NOW = Instant.parse("2026-07-01T00:00:00Z");

  private final HttpServer server;
  private final Map<String, Deque<Answer>> answers = new HashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch released = new CountDownLatch(1);
  final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  StubApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  /** The stub's base URL, {@code http://127.0.0.1:PORT}. */
  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Queues {@code answers} for {@code path} (a path without query). */
  StubApi on(String path, Answer... more) {
    answers.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(more));
    return this;
  }

  /** The queue of answers of {@code path}. */
  Deque<Answer> answersFor(String path) {
    return answers.computeIfAbsent(path, p -> new ArrayDeque<>());
  }

  /** Forgets the queued answers of every path. */
  void reset() {
    answers.clear();
    requests.clear();
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The timeout of the transport's requests: short, for the tests of timeouts. */
  Duration timeout = Duration.ofSeconds(5);

  /** A transport with {@link #timeout}, 3 tries, a fixed clock and a sleeper that only records. */
  ApiClient.Transport transport() {
    return new ApiClient.Transport(
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build(),
        timeout,
        3,
        Duration.ofMinutes(15),
        Clock.fixed(NOW, ZoneOffset.UTC),
        sleeps::add);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    requests.add(
        new Request(
            uri.getPath(), uri.getQuery(), exchange.getRequestHeaders().getFirst("Authorization")));
    Answer answer;
    synchronized (answers) {
      Deque<Answer> queue = answers.get(uri.getPath());
      if (queue == null || queue.isEmpty()) {
        answer = Answer.status(404, "{\"message\":\"Not Found\"}");
      } else {
        answer = queue.size() > 1 ? queue.poll() : queue.peek();
      }
    }
    if (answer.hang()) {
      try {
        released.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] body =
        answer.body().replace("{BASE}", url().toString()).getBytes(StandardCharsets.UTF_8);
    answer
        .headers()
        .forEach(
            (name, value) ->
                exchange.getResponseHeaders().add(name, value.replace("{BASE}", url().toString())));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    try {
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the client gave up (a timeout test)
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
