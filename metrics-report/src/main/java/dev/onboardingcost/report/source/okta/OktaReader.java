package dev.onboardingcost.report.source.okta;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.RecordRef;
import dev.onboardingcost.report.source.common.HireMatch;
import dev.onboardingcost.report.source.common.JsonFields;
import dev.onboardingcost.report.source.common.JsonLogs;
import dev.onboardingcost.report.source.common.Mappings;
import dev.onboardingcost.report.source.common.Skip;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.ReadContext;
import dev.onboardingcost.report.workspace.SourceMappings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the Okta System Log ({@code logs/okta/*.json|*.jsonl}): a JSON array, one event per line,
 * or event-hook deliveries ({@code {"data":{"events":[...]}}}).
 *
 * <p>A successful {@code application.user_membership.add} (the {@code AppInstance} target's display
 * name mapped by {@code sources.okta.apps}) or {@code group.user_membership.add} ({@code UserGroup}
 * by {@code groups}) grants that system to the {@code User} target (matched by email) at {@code
 * published}. A successful {@code app.access_request.request} or {@code access.request.create} is
 * the request time of a later grant of the same hire and system. Approval decisions ({@code
 * app.access_request.grant/deny}, {@code access.request.resolve}) and account lifecycle events are
 * ignored: access counts from the membership event itself, and an Okta account alone opens no
 * mapped system. Only {@code outcome.result = SUCCESS} counts.
 */
public final class OktaReader implements EvidenceReader {
  /** The source name. */
  public static final String NAME = "okta";

  private static final List<String> CONTAINERS = List.of("/data/events");
  private static final Set<String> GRANTS =
      Set.of("application.user_membership.add", "group.user_membership.add");
  private static final Set<String> REQUESTS =
      Set.of("app.access_request.request", "access.request.create");
  private static final Set<String> DECISIONS =
      Set.of("app.access_request.grant", "app.access_request.deny", "access.request.resolve");
  private static final Set<String> LIFECYCLE =
      Set.of("user.lifecycle.create", "user.lifecycle.activate");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void read(ReadContext context) throws IOException {
    List<Path> files = context.files(NAME, "logs/okta", ".json", ".jsonl");
    if (files.isEmpty()) {
      return;
    }
    SourceMappings.Okta mapping = context.settings().sources().okta();
    mapping.apps().values().forEach(system -> context.accessGrants().canGrant(NAME, system));
    mapping.groups().values().forEach(system -> context.accessGrants().canGrant(NAME, system));
    for (Path file : files) {
      JsonLogs.read(
          context, NAME, file, CONTAINERS, (record, ref) -> handle(context, record, ref), BY_TYPE);
    }
  }

  /** Settles the events whose type alone decides them (sign-ins and the like). */
  private static final JsonLogs.KeyFilter BY_TYPE =
      new JsonLogs.KeyFilter() {
        @Override
        public String key() {
          return "eventType";
        }

        @Override
        public boolean ignores(String type) {
          return !GRANTS.contains(type) && !REQUESTS.contains(type);
        }

        @Override
        public String reason(String type) {
          return skipByType(type).getMessage();
        }
      };

  private static void handle(ReadContext context, JsonNode event, RecordRef ref) throws Skip {
    String type = JsonFields.text(event, "/eventType");
    boolean grant = GRANTS.contains(type);
    if (!grant && !REQUESTS.contains(type)) {
      throw skipByType(type);
    }
    String result = JsonFields.text(event, "/outcome/result");
    if (!"SUCCESS".equalsIgnoreCase(result)) {
      throw Skip.ignore(
          "outcome.result '" + result + "' of " + type + ": only SUCCESS grants or requests");
    }
    SourceMappings.Okta mapping = context.settings().sources().okta();
    String system = systemOf(event, type, mapping);
    HireMatch match =
        HireMatch.byEmail(context.people(), userOf(event, grant)).noteMiss(context.quality(), NAME);
    if (!match.isHire()) {
      throw Skip.ignore(match.reason());
    }
    Instant at = publishedOf(context, event);
    Person hire = match.hire();
    if (grant) {
      context.accessGrants().grant(hire, system, at, Optional.empty(), NAME, ref);
    } else {
      context.accessGrants().request(hire, system, at, NAME, ref);
    }
    context.quality().used(NAME);
  }

  /** Why an event that is neither a grant nor a request is not used. */
  private static Skip skipByType(String type) {
    if (DECISIONS.contains(type)) {
      return Skip.ignore(
          "eventType '" + type + "' is an approval; access counts from the membership event");
    }
    if (LIFECYCLE.contains(type)) {
      return Skip.ignore(
          "eventType '" + type + "' concerns the Okta account, not access to a mapped system");
    }
    if (type.isEmpty()) {
      return Skip.reject("key 'eventType': expected an Okta event type, got nothing");
    }
    return Skip.ignore("eventType '" + type + "' says nothing about access");
  }

  private static String systemOf(JsonNode event, String type, SourceMappings.Okta mapping)
      throws Skip {
    String app = targetName(event, "AppInstance");
    String group = targetName(event, "UserGroup");
    if (type.startsWith("group.")) {
      return mapped(mapping.groups(), group, "UserGroup", "groups");
    }
    if (!app.isEmpty() || group.isEmpty()) {
      return mapped(mapping.apps(), app, "AppInstance", "apps");
    }
    return mapped(mapping.groups(), group, "UserGroup", "groups");
  }

  private static String mapped(
      Map<String, String> mapping, String name, String targetType, String key) throws Skip {
    if (name.isEmpty()) {
      throw Skip.reject(
          "key 'target': expected a " + targetType + " target with a displayName, got none");
    }
    return Mappings.systemOf(mapping, name)
        .orElseThrow(
            () ->
                Skip.ignore(
                    targetType + " '" + name + "' is not in sources.okta." + key + " (no system)"));
  }

  /** The hire's email: the User target, or for a request the requesting actor. */
  private static String userOf(JsonNode event, boolean grant) throws Skip {
    String user = targetAlternateId(event, "User");
    if (user.isEmpty() && !grant && "User".equals(JsonFields.text(event, "/actor/type"))) {
      user = JsonFields.text(event, "/actor/alternateId");
    }
    if (user.isEmpty()) {
      throw Skip.reject(
          "key 'target': expected a User target with an alternateId (email), got none");
    }
    return user;
  }

  private static Instant publishedOf(ReadContext context, JsonNode event) throws Skip {
    String published = JsonFields.text(event, "/published");
    try {
      return context.timestamps().parse(published);
    } catch (IllegalArgumentException e) {
      throw Skip.reject("key 'published': " + e.getMessage());
    }
  }

  private static String targetName(JsonNode event, String type) {
    for (JsonNode target : event.path("target")) {
      if (type.equals(JsonFields.text(target, "/type"))) {
        return JsonFields.text(target, "/displayName");
      }
    }
    return "";
  }

  private static String targetAlternateId(JsonNode event, String type) {
    for (JsonNode target : event.path("target")) {
      if (type.equals(JsonFields.text(target, "/type"))) {
        return JsonFields.text(target, "/alternateId");
      }
    }
    return "";
  }
}
