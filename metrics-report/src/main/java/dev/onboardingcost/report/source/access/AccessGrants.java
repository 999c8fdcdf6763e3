package dev.onboardingcost.report.source.access;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provenance;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.core.time.OnboardingWindow;
import dev.onboardingcost.report.workspace.EventIntake;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The access grants and requests every log reader found, turned into access waits once all logs are
 * read (docs/method.md, "Access waits from logs"). Grants of one hire may come from several sources
 * (an Okta assignment, a Jira ticket, a GitHub membership), so no reader can decide a wait alone.
 *
 * <p>Per hire and system: the earliest grant wins. It makes a wait from the later of the window
 * start and the earliest request at or before the grant (its own, such as a Jira ticket's {@code
 * Created}, or one another record made) to the grant. A grant before the window start is no wait; a
 * grant after the window's end is a wait to the end, flagged not granted. Requests with no grant
 * are a wait from the request (or window start) to the window's end, flagged not granted. A system
 * of {@code required_access} that some present source can grant, with neither grant nor request for
 * a hire, is a not-granted wait over the whole window.
 *
 * <p>Readers count their records (used, ignored, rejected) when they read them; the waits made here
 * are derived events and are not counted again.
 */
public final class AccessGrants {
  private final Map<String, TreeSet<String>> grantableBy = new TreeMap<>();
  private final Map<PersonId, Map<String, Claim>> grants = new HashMap<>();
  private final Map<PersonId, Map<String, List<Claim>>> requests = new HashMap<>();

  /** A hire and a (normalised) system. */
  private record Key(PersonId hire, String system) {}

  /** A grant or request read at {@code ref} by {@code source}. */
  private record Claim(Instant at, Optional<Instant> requested, String source, RecordRef ref) {}

  /**
   * Notes that {@code source} has files in this workspace and its mapping names {@code system}, so
   * a required system's missing grant there is evidence of a wait.
   */
  public void canGrant(String source, String system) {
    requireNonNull(source, "source");
    grantableBy
        .computeIfAbsent(AccessWait.normaliseSystem(system), s -> new TreeSet<>())
        .add(source);
  }

  /**
   * A record of {@code source} at {@code ref} shows {@code hire} got {@code system} at {@code at};
   * {@code requested} is when the same record says it was asked for, if it does.
   */
  public void grant(
      Person hire,
      String system,
      Instant at,
      Optional<Instant> requested,
      String source,
      RecordRef ref) {
    Claim claim = new Claim(at, requested, source, ref);
    grants
        .computeIfAbsent(hire.id(), h -> new HashMap<>())
        .merge(
            AccessWait.normaliseSystem(system),
            claim,
            (old, now) -> now.at().isBefore(old.at()) ? now : old);
  }

  /** A record of {@code source} at {@code ref} shows {@code hire} asked for {@code system}. */
  public void request(Person hire, String system, Instant at, String source, RecordRef ref) {
    requests
        .computeIfAbsent(hire.id(), h -> new HashMap<>())
        .computeIfAbsent(AccessWait.normaliseSystem(system), k -> new ArrayList<>())
        .add(new Claim(at, Optional.empty(), source, ref));
  }

  /**
   * Makes the access waits of every hire of {@code people} and hands them to {@code intake}; call
   * once, after every log is read.
   *
   * @param required the systems every hire needs ({@code required_access})
   * @param windows the onboarding window of each hire
   */
  public void flush(
      List<String> required,
      People people,
      Function<Person, OnboardingWindow> windows,
      EventIntake intake) {
    List<String> requiredSystems = required.stream().map(AccessWait::normaliseSystem).toList();
    for (Person hire : people.hires()) {
      OnboardingWindow window = windows.apply(hire);
      Map<String, Claim> granted = grants.getOrDefault(hire.id(), Map.of());
      Map<String, List<Claim>> asked = requests.getOrDefault(hire.id(), Map.of());
      TreeSet<String> systems = new TreeSet<>(granted.keySet());
      systems.addAll(asked.keySet());
      for (String system : systems) {
        waitFor(
            intake,
            new Key(hire.id(), system),
            window,
            granted.get(system),
            asked.getOrDefault(system, List.of()));
      }
      for (String system : requiredSystems) {
        if (!systems.contains(system) && grantableBy.containsKey(system)) {
          String sources = String.join("+", grantableBy.get(system));
          intake.acceptDerived(
              sources,
              new AccessWait(
                  hire.id(),
                  system,
                  Timing.between(window.start(), window.end()),
                  new Provenance(
                      Source.of(sources),
                      "required; no grant in the " + sources + " logs",
                      RecordRef.DERIVED),
                  true));
        }
      }
    }
  }

  private void waitFor(
      EventIntake intake, Key key, OnboardingWindow window, Claim grant, List<Claim> asked) {
    if (grant == null) {
      Claim first = asked.stream().min((a, b) -> a.at().compareTo(b.at())).orElseThrow();
      Instant from = later(first.at(), window.start());
      if (!from.isBefore(window.end())) {
        intake
            .quality()
            .outsideWindow(
                first.source(),
                first.ref(),
                "request of " + key.system() + " by " + key.hire() + " is after the window");
        return;
      }
      intake.acceptDerived(
          first.source(),
          new AccessWait(
              key.hire(),
              key.system(),
              Timing.between(from, window.end()),
              new Provenance(Source.of(first.source()), "requested, not granted", first.ref()),
              true));
      return;
    }
    if (grant.at().isBefore(window.start())) {
      return;
    }
    // With no request the wait runs from the window start: the hire needed access from day one.
    Optional<Instant> requested = grant.requested();
    for (Claim claim : asked) {
      if (!claim.at().isAfter(grant.at())
          && (requested.isEmpty() || claim.at().isBefore(requested.get()))) {
        requested = Optional.of(claim.at());
      }
    }
    Instant from = later(requested.orElse(window.start()), window.start());
    if (!grant.at().isAfter(from)) {
      return;
    }
    if (!from.isBefore(window.end())) {
      intake
          .quality()
          .outsideWindow(
              grant.source(),
              grant.ref(),
              "access to "
                  + key.system()
                  + " of "
                  + key.hire()
                  + " was asked for after the window");
      return;
    }
    boolean late = !grant.at().isBefore(window.end());
    intake.acceptDerived(
        grant.source(),
        new AccessWait(
            key.hire(),
            key.system(),
            Timing.between(from, grant.at()),
            new Provenance(
                Source.of(grant.source()),
                late ? "granted after the window" : "granted",
                grant.ref()),
            late));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
