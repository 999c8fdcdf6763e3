package dev.onboardingcost.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;

/**
 * Writes a seeded large workspace for the scale benchmark: {@code people.csv}, {@code
 * onboarding.yaml}, {@code events.csv} of N canonical events (a realistic mix of types, hires,
 * helpers and timestamp forms), and optionally {@code logs/okta/system-log.jsonl} of M Okta events
 * of which about 97% are sign-in noise.
 *
 * <p>{@code java ... WorkspaceGenerator DIR EVENTS OKTA_EVENTS HIRES SEED}
 */
public final class WorkspaceGenerator {
  private static final String[] SYSTEMS = {"github", "aws", "vpn", "jira"};
  private static final String[] CATEGORIES = {
    "documentation", "environment", "knowledge", "tooling", "process", "other"
  };
  private static final String[] ROLES = {"engineer", "senior", "staff", "sre"};
  private static final int COLLEAGUES = 500;

  private WorkspaceGenerator() {}

  /** Generates the workspace named by the arguments. */
  public static void main(String[] args) throws IOException {
    Path dir = Paths.get(args[0]);
    long events = Long.parseLong(args[1]);
    long okta = Long.parseLong(args[2]);
    int hires = Integer.parseInt(args[3]);
    long seed = Long.parseLong(args[4]);
    write(dir, events, okta, hires, seed);
  }

  /** Writes the workspace into {@code dir}. */
  public static void write(Path dir, long events, long okta, int hires, long seed)
      throws IOException {
    Files.createDirectories(dir);
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate[] starts = new LocalDate[hires];
    LocalDate first = LocalDate.of(2026, 1, 5);
    for (int h = 0; h < hires; h++) {
      LocalDate d = first.plusDays(random.nextInt(330));
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        d = d.plusDays(1);
      }
      starts[h] = d;
    }
    Files.writeString(dir.resolve("onboarding.yaml"), SETTINGS, StandardCharsets.UTF_8);
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("people.csv"))) {
      out.write("id,name,email,team,role,start_date,hourly_rate\n");
      for (int h = 0; h < hires; h++) {
        out.write(
            hire(h)
                + ",Hire "
                + h
                + ","
                + hire(h)
                + "@acme.test,team"
                + (h % 12)
                + ","
                + ROLES[h % ROLES.length]
                + ","
                + starts[h]
                + ","
                + (h % 7 == 0 ? "172.50" : "")
                + "\n");
      }
      for (int c = 0; c < COLLEAGUES; c++) {
        out.write(
            colleague(c)
                + ",Colleague "
                + c
                + ","
                + colleague(c)
                + "@acme.test,team"
                + (c % 12)
                + ","
                + ROLES[c % ROLES.length]
                + ",,\n");
      }
      out.write("ops1,Ops One,ops1@acme.test,it,ops,,\n");
    }
    if (events > 0) {
      writeEvents(dir.resolve("events.csv"), events, starts, random);
    }
    if (okta > 0) {
      Files.createDirectories(dir.resolve("logs/okta"));
      writeOkta(dir.resolve("logs/okta/system-log.jsonl"), okta, starts, random);
    }
  }

  private static void writeEvents(
      Path file, long events, LocalDate[] starts, SplittableRandom random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("type,hire,helper,category,system,start,end,minutes,count,milestone,source,note\n");
      StringBuilder row = new StringBuilder(160);
      for (long i = 0; i < events; i++) {
        int h = random.nextInt(starts.length);
        // mostly inside the 4-week window, a few after it
        LocalDateTime at =
            starts[h].atTime(9, 0).plusDays(random.nextInt(26)).plusMinutes(random.nextInt(470));
        String start = timestamp(at, random);
        String source = random.nextInt(20) == 0 ? "survey" : "jira";
        row.setLength(0);
        int kind = random.nextInt(100);
        if (kind < 20) {
          String end = timestamp(at.plusMinutes(30 + random.nextInt(2400)), random);
          row.append("access_wait,")
              .append(hire(h))
              .append(",,access,")
              .append(SYSTEMS[random.nextInt(SYSTEMS.length)])
              .append(',');
          if (source.equals("survey")) {
            row.append(",,").append(random.nextInt(240)).append(",,,survey,");
          } else {
            row.append(start).append(',').append(end).append(",,,,okta,");
          }
        } else if (kind < 45) {
          row.append("blocked,")
              .append(hire(h))
              .append(",,")
              .append(CATEGORIES[random.nextInt(CATEGORIES.length)])
              .append(",,");
          if (random.nextBoolean()) {
            String end = timestamp(at.plusMinutes(15 + random.nextInt(300)), random);
            row.append(start).append(',').append(end).append(",,,,");
          } else {
            row.append(start)
                .append(",,")
                .append(random.nextInt(180))
                .append('.')
                .append(random.nextInt(4) * 25)
                .append(",,,");
          }
          row.append(source).append(",broken setup");
        } else if (kind < 85) {
          String helper = random.nextInt(10) == 0 ? "" : colleague(random.nextInt(COLLEAGUES));
          row.append("help,")
              .append(hire(h))
              .append(',')
              .append(helper)
              .append(',')
              .append(CATEGORIES[random.nextInt(CATEGORIES.length)])
              .append(",,")
              .append(start)
              .append(",,");
          if (random.nextInt(4) > 0) {
            row.append(5 + random.nextInt(90));
          }
          row.append(',')
              .append(1 + random.nextInt(3))
              .append(",,")
              .append(source)
              .append(",pairing");
        } else if (kind < 92) {
          row.append("provisioning,")
              .append(hire(h))
              .append(",ops1,access,,")
              .append(start)
              .append(",,")
              .append(15 + random.nextInt(120))
              .append(",,,it-tickets,laptop");
        } else {
          String[] kinds = {"first_commit", "first_pr", "first_merged_pr", "first_deploy"};
          row.append("milestone,")
              .append(hire(h))
              .append(",,,,")
              .append(start)
              .append(",,,,")
              .append(kinds[random.nextInt(kinds.length)])
              .append(",github-prs,");
        }
        row.append('\n');
        out.append(row);
      }
    }
  }

  private static void writeOkta(Path file, long events, LocalDate[] starts, SplittableRandom random)
      throws IOException {
    String[] apps = {"GitHub Enterprise Cloud", "AWS IAM Identity Center"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < events; i++) {
        int h = random.nextInt(starts.length);
        LocalDateTime at =
            starts[h].atTime(7, 0).plusDays(random.nextInt(25)).plusMinutes(random.nextInt(700));
        String published = at.toString().length() == 16 ? at + ":00.000Z" : at + ".000Z";
        int kind = random.nextInt(100);
        String type;
        String target;
        if (kind < 97) {
          type = random.nextInt(3) == 0 ? "user.authentication.sso" : "policy.evaluate_sign_on";
          target =
              "[{\"id\":\"0oa1\",\"type\":\"AppInstance\",\"alternateId\":\"Slack\","
                  + "\"displayName\":\"Slack\"}]";
        } else if (kind < 99) {
          type = "application.user_membership.add";
          target =
              "[{\"id\":\"00u"
                  + h
                  + "\",\"type\":\"User\",\"alternateId\":\""
                  + hire(h)
                  + "@acme.test\",\"displayName\":\"Hire "
                  + h
                  + "\"},{\"id\":\"0oa2\","
                  + "\"type\":\"AppInstance\",\"alternateId\":\"app\",\"displayName\":\""
                  + apps[random.nextInt(apps.length)]
                  + "\"}]";
        } else {
          type = "group.user_membership.add";
          target =
              "[{\"id\":\"00u"
                  + h
                  + "\",\"type\":\"User\",\"alternateId\":\""
                  + hire(h)
                  + "@acme.test\",\"displayName\":\"Hire "
                  + h
                  + "\"},{\"id\":\"00g1\","
                  + "\"type\":\"UserGroup\",\"alternateId\":\"vpn\",\"displayName\":\"vpn-users\"}]";
        }
        out.write(
            "{\"uuid\":\""
                + Long.toHexString(random.nextLong())
                + "\",\"published\":\""
                + published
                + "\",\"eventType\":\""
                + type
                + "\",\"version\":\"0\","
                + "\"severity\":\"INFO\",\"displayMessage\":\"User login to Okta\","
                + "\"actor\":{\"id\":\"00u"
                + h
                + "\",\"type\":\"User\",\"alternateId\":\""
                + hire(h)
                + "@acme.test\",\"displayName\":\"Hire "
                + h
                + "\"},"
                + "\"client\":{\"userAgent\":{\"rawUserAgent\":\"Mozilla/5.0 (Macintosh; Intel"
                + " Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari"
                + "/537.36\",\"os\":\"Mac OS X\",\"browser\":\"CHROME\"},\"zone\":\"null\","
                + "\"device\":\"Computer\",\"ipAddress\":\"203.0.113."
                + random.nextInt(255)
                + "\",\"geographicalContext\":{\"city\":\"New York\",\"state\":\"New York\","
                + "\"country\":\"United States\",\"postalCode\":\"10001\",\"geolocation\":"
                + "{\"lat\":40.7,\"lon\":-74.0}}},\"authenticationContext\":{\"authenticationStep\""
                + ":0,\"credentialType\":\"PASSWORD\",\"issuer\":{\"type\":\"IDX\",\"id\":\"idx"
                + Long.toHexString(random.nextLong())
                + "\"}},\"outcome\":{\"result\":\"SUCCESS\"},\"securityContext\":{\"asNumber\":"
                + "64496,\"asOrg\":\"example\",\"isp\":\"example\",\"domain\":\"example.net\","
                + "\"isProxy\":false},\"debugContext\":{\"debugData\":{\"requestId\":\""
                + Long.toHexString(random.nextLong())
                + "\",\"requestUri\":\"/idp/idx/identify"
                + "\",\"url\":\"/idp/idx/identify?\",\"threatSuspected\":\"false\"}},"
                + "\"transaction\":{\"type\":\"WEB\",\"id\":\""
                + Long.toHexString(random.nextLong())
                + "\"},\"target\":"
                + target
                + "}\n");
      }
    }
  }

  /** A timestamp in one of the forms exports write: with an offset, Z, or local. */
  private static String timestamp(LocalDateTime local, SplittableRandom random) {
    int form = random.nextInt(3);
    String text = local.toString().length() == 16 ? local + ":00" : local.toString();
    if (form == 0) {
      return text;
    }
    if (form == 1) {
      return local.plusHours(5).toString().length() == 16
          ? local.plusHours(5) + ":00Z"
          : local.plusHours(5) + "Z";
    }
    return text + "-05:00";
  }

  private static String hire(int h) {
    return String.format("h%05d", h);
  }

  private static String colleague(int c) {
    return String.format("c%04d", c);
  }

  private static final String SETTINGS =
      "currency: USD\n"
          + "rates:\n"
          + "  default: 160\n"
          + "  by_role: {engineer: 150, senior: 180, staff: 210, sre: 170, ops: 110}\n"
          + "calendar:\n"
          + "  timezone: America/New_York\n"
          + "  workday: {start: \"09:00\", end: \"17:00\"}\n"
          + "  holidays: [2026-01-19, 2026-02-16, 2026-05-25, 2026-07-03, 2026-09-07,"
          + " 2026-11-26, 2026-12-25, 2027-01-01]\n"
          + "assumptions:\n"
          + "  provisioning_minutes_per_hire: 60\n"
          + "  provisioning_role: ops\n"
          + "required_access: [github, aws]\n"
          + "precedence: logs\n"
          + "sources:\n"
          + "  okta:\n"
          + "    apps: {\"GitHub Enterprise Cloud\": github, \"AWS IAM Identity Center\": aws}\n"
          + "    groups: {\"vpn-users\": vpn}\n";
}
