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
import dev.onboardingcost.report.quality.DataQuality;
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
 * are a wait from the request (or window start) to the window's end, flagged not granted. An
 * invitation (GitHub's {@code org.invite_member}) is such a request when no grant of the system
 * follows, and is never the start of a granted wait. A system of {@code required_access} that some
 * present source can grant, with neither grant nor request for a hire, is flagged not granted and
 * listed in data quality; it costs a wait over the whole window only under {@code not_granted:
 * charge}, and that assumed wait is no evidence of the hire.
 *
 * <p>Readers count their records (used, ignored, rejected) when they read them; the waits made here
 * are derived events and are not counted again.
 */
public final class AccessGrants {
  private final Map<String, TreeSet<String>> grantableBy = new TreeMap<>();
  private final Map<PersonId, Map<String, Claim>> grants = new HashMap<>();
  private final Map<PersonId, Map<String, List<Claim>>> requests = new HashMap<>();
  private final Map<PersonId, Map<String, List<Claim>>> invitations = new HashMap<>();

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
    claim(requests, hire, system, new Claim(at, Optional.empty(), source, ref));
  }

  /**
   * A record of {@code source} at {@code ref} shows {@code hire} was invited to {@code system} at
   * {@code at}: a request when no grant of that system follows, never the start of a granted wait
   * (the invitation is the answer to a need the hire had from the window start).
   */
  public void invitation(Person hire, String system, Instant at, String source, RecordRef ref) {
    claim(invitations, hire, system, new Claim(at, Optional.empty(), source, ref));
  }

  private static void claim(
      Map<PersonId, Map<String, List<Claim>>> claims, Person hire, String system, Claim claim) {
    claims
        .computeIfAbsent(hire.id(), h -> new HashMap<>())
        .computeIfAbsent(AccessWait.normaliseSystem(system), k -> new ArrayList<>())
        .add(claim);
  }

  /**
   * Makes the access waits of every hire of {@code people} and hands them to {@code intake}; call
   * once, after every log is read. A hire with any grant, request or invitation has log evidence.
   *
   * @param required the systems every hire needs ({@code required_access})
   * @param rule what a required system with neither grant nor request costs
   * @param windows the onboarding window of each hire
   */
  public void flush(
      List<String> required,
      NotGrantedRule rule,
      People people,
      Function<Person, OnboardingWindow> windows,
      EventIntake intake) {
    List<String> requiredSystems = required.stream().map(AccessWait::normaliseSystem).toList();
    for (Person hire : people.hires()) {
      OnboardingWindow window = windows.apply(hire);
      Map<String, Claim> granted = grants.getOrDefault(hire.id(), Map.of());
      Map<String, List<Claim>> asked = requests.getOrDefault(hire.id(), Map.of());
      Map<String, List<Claim>> invited = invitations.getOrDefault(hire.id(), Map.of());
      TreeSet<String> systems = new TreeSet<>(granted.keySet());
      systems.addAll(asked.keySet());
      systems.addAll(invited.keySet());
      for (String system : systems) {
        Claim grant = granted.get(system);
        List<Claim> claims = new ArrayList<>(asked.getOrDefault(system, List.of()));
        if (grant == null) {
          claims.addAll(invited.getOrDefault(system, List.of()));
        }
        Claim any = grant != null ? grant : claims.get(0);
        intake.witness(hire.id(), Source.of(any.source()));
        waitFor(intake, new Key(hire.id(), system), window, grant, claims);
      }
      for (String system : requiredSystems) {
        if (!systems.contains(system) && grantableBy.containsKey(system)) {
          notGranted(intake, rule, hire, system, window);
        }
      }
    }
  }

  /**
   * A required system {@code hire} has neither grant nor request of: flagged and listed; a wait
   * over the whole window, assumed rather than shown, under {@code not_granted: charge}.
   */
  private void notGranted(
      EventIntake intake,
      NotGrantedRule rule,
      Person hire,
      String system,
      OnboardingWindow window) {
    String sources = String.join("+", grantableBy.get(system));
    intake.flagNotGranted(hire.id(), system);
    intake
        .quality()
        .noGrantSeen(
            new DataQuality.MissingGrant(
                hire.id(), system, sources, rule == NotGrantedRule.CHARGE));
    if (rule == NotGrantedRule.CHARGE) {
      intake.acceptAssumed(
          sources,
          new AccessWait(
              hire.id(),
              system,
              Timing.between(window.start(), window.end()),
              new Provenance(
                  Source.of(sources),
                  "required; no grant in the " + sources + " logs (not_granted: charge)",
                  RecordRef.DERIVED),
              true));
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
