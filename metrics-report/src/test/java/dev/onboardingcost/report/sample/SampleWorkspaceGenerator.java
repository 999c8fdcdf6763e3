package dev.onboardingcost.report.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the sample workspace {@code data/sample}: the made-up company Acme, 40 engineers hired
 * over the four quarters of 2026 into a team of 50, with survey answers, canonical events and the
 * logs of every source of SPEC section 6 in their vendors' export shapes. Everything comes from one
 * seeded {@link Random} (whose algorithm Java specifies), so the same seed writes the same bytes.
 *
 * <p>The story the data tells (the ground truth, also written to {@code ground-truth.csv}): until
 * 2026-07-13 a hire asks IT for GitHub in a Jira ticket and waits about a working day and a half;
 * from then on team leads grant GitHub themselves within the first hours. AWS stays with IT (about
 * two working days, three hires never get it inside their window). Help threads in Slack and
 * blocked time slowly fall as the documentation improves.
 *
 * <p>Uses only the JDK, so it also runs without a build: {@code java
 * metrics-report/src/test/java/dev/onboardingcost/report/sample/SampleWorkspaceGenerator.java
 * data/sample} (what {@code data/generate-sample.sh} does).
 */
public final class SampleWorkspaceGenerator {
  /** The seed of the committed sample. */
  public static final long SEED = 20260105L;

  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalTime DAY_START = LocalTime.of(9, 0);
  static final LocalTime DAY_END = LocalTime.of(17, 0);
  static final int WINDOW_DAYS = 20;

  /** The day team leads were allowed to grant GitHub access. */
  static final LocalDate FIX_DATE = LocalDate.of(2026, 7, 13);

  /** When the logs were exported: nothing happens after it. */
  static final ZonedDateTime EXPORT = ZonedDateTime.of(2026, 12, 31, 18, 0, 0, 0, NY);

  static final List<LocalDate> HOLIDAYS =
      List.of(
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2026, 1, 19),
          LocalDate.of(2026, 2, 16),
          LocalDate.of(2026, 5, 25),
          LocalDate.of(2026, 6, 19),
          LocalDate.of(2026, 7, 3),
          LocalDate.of(2026, 9, 7),
          LocalDate.of(2026, 11, 26),
          LocalDate.of(2026, 11, 27),
          LocalDate.of(2026, 12, 24),
          LocalDate.of(2026, 12, 25),
          LocalDate.of(2027, 1, 1));

  static final List<String> TEAMS = List.of("payments", "platform", "mobile", "data", "growth");
  static final Map<String, String> REPOS =
      Map.of(
          "payments", "payments-api",
          "platform", "platform-infra",
          "mobile", "mobile-app",
          "data", "data-pipelines",
          "growth", "growth-web");

  /** 1-based positions, in start order, of hires with a special fate. */
  static final Set<Integer> AWS_NEVER_GRANTED = Set.of(6, 19);

  static final Set<Integer> AWS_GRANTED_AFTER_WINDOW = Set.of(28);
  static final Set<Integer> AWS_FAILED_FIRST = Set.of(3, 14, 33);
  static final Set<Integer> LATE_GOOGLE_ACCOUNT = Set.of(2, 12, 24);
  static final Set<Integer> NO_SURVEY = Set.of(7, 16, 30, 38);
  static final int CONTRACTOR = 9;

  private static final String[] FIRST =
      "Priya Marcus Elena Tomasz Aisha Diego Hannah Kenji Fatima Lucas Ingrid Omar Chloe Ravi Nadia Felix Sofia Mateo Yuki Amara Jonas Leila Connor Mei Samuel Zara Andrei Grace Tariq Lena Hugo Noor Daniel Ava Kwame Isabel Arjun Maya Viktor Rosa Emeka Clara Nikhil Freya Pablo Ines Dmitri Hana Oscar Wei Bianca Tobias Esther Malik Julia Ren Camila Theo Anika Gabriel Sara Yusuf Lina Mikael Ayla Ethan Nora Karim Eva Luca Mira Ibrahim Tessa Jamal Alma Santiago Vera Hiro Imani Leo Dana Rafael Iris Sanjay Petra Caleb Lucia Bram Selin"
          .split(" ");
  private static final String[] LAST =
      "Natarajan Oyelaran Kowalski Brennan Haddad Moreau Lindqvist Tanaka Okafor Ferreira Novak Rahman Schulz Delgado Park Mensah Rossi Ivanova Kaur Bergstrom Nguyen Abara Walsh Costa Yilmaz Fischer Ortiz Chen Mwangi Dubois Petrov Silva Hansen Osei Murphy Alvarez Kim Jansen Farouk Romero Sato Becker Greco Adeyemi Larsen Mendes Horvat Quinn Sharma Vogel Castillo Ali Brooks Ng Eriksen Santos Reyes Gallagher Ito Meyer Lopez Achebe Stone Varga Nakamura Pereira Hughes Zhou Bakker Aziz"
          .split(" ");

  private final Random random;
  private final List<Person> colleagues = new ArrayList<>();
  private final List<Hire> hires = new ArrayList<>();
  private final Map<String, Person> leads = new LinkedHashMap<>();
  private final List<Person> ops = new ArrayList<>();
  private final Set<String> usedNames = new LinkedHashSet<>();
  private final Set<String> usedTokens = new LinkedHashSet<>();

  // The logs, collected as the story unfolds, then written sorted.
  private final List<Stamped> okta = new ArrayList<>();
  private final List<Stamped> githubAudit = new ArrayList<>();
  private final List<Stamped> slack = new ArrayList<>();
  private final List<JiraTicket> jira = new ArrayList<>();
  private final List<Pr> prs = new ArrayList<>();
  private final List<String> events = new ArrayList<>();

  private SampleWorkspaceGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Writes the sample into the folder given (default {@code data/sample}). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "data/sample");
    List<Path> files = generate(dir, SEED);
    System.out.println("Wrote " + files.size() + " files into " + dir);
  }

  /**
   * Replaces the contents of {@code dir} (all but an {@code out/} folder) with the sample of {@code
   * seed}. The folder must be absent, empty or a workspace (hold an onboarding.yaml).
   *
   * @return the files written, sorted
   */
  public static List<Path> generate(Path dir, long seed) throws IOException {
    if (Files.isDirectory(dir)) {
      try (var entries = Files.list(dir)) {
        boolean empty = entries.findAny().isEmpty();
        if (!empty && !Files.exists(dir.resolve("onboarding.yaml"))) {
          throw new IOException(dir + " is neither empty nor a workspace; not touching it");
        }
      }
      clear(dir);
    }
    SampleWorkspaceGenerator generator = new SampleWorkspaceGenerator(seed);
    generator.invent();
    Map<String, String> files = generator.render();
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      written.add(path);
    }
    return written;
  }

  private static void clear(Path dir) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return d.equals(dir.resolve("out"))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (!d.equals(dir)) {
              Files.delete(d);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  // ------------------------------------------------------------------------------------------
  // The people and the story

  /** Someone at Acme. */
  record Person(
      String id,
      String first,
      String last,
      String github,
      String slack,
      String oktaId,
      long githubId,
      String team,
      String role,
      LocalDate start,
      String rate,
      LocalDate joined) {
    String name() {
      return first + " " + last;
    }

    String email() {
      return (first + "." + last).toLowerCase(Locale.ROOT) + "@acme.example";
    }
  }

  /** A hire and what really happened in their first weeks. */
  static final class Hire {
    final int position;
    final Person person;
    final ZonedDateTime windowStart;
    final ZonedDateTime windowEnd;
    ZonedDateTime googleCreated;
    ZonedDateTime githubGranted;
    ZonedDateTime githubAccepted;
    ZonedDateTime awsGranted;
    ZonedDateTime vpnGranted;
    ZonedDateTime firstPr;
    ZonedDateTime firstDeploy;
    int helpThreads;
    int slackHelpers;
    long blockedMinutes;
    long pairingMinutes;

    Hire(int position, Person person) {
      this.position = position;
      this.person = person;
      LocalDate first = firstWorkday(person.start());
      this.windowStart = first.atTime(DAY_START).atZone(NY);
      this.windowEnd = plusWorkdays(first, WINDOW_DAYS - 1).atTime(DAY_END).atZone(NY);
    }

    Person person() {
      return person;
    }

    boolean afterFix() {
      return !person.start().isBefore(FIX_DATE);
    }

    boolean needsVpn() {
      return person.team().equals("platform")
          || person.team().equals("data")
          || person.role().equals("sre");
    }

    int quarter() {
      return (person.start().getMonthValue() - 1) / 3 + 1;
    }
  }

  private void invent() {
    inventColleagues();
    inventHires();
    for (Hire hire : hires) {
      onboard(hire);
    }
    background();
  }

  private void inventColleagues() {
    String[] roles = {
      "staff",
      "senior",
      "senior",
      "engineer",
      "engineer",
      "engineer",
      "engineer",
      "engineer",
      "sre",
      "engineer"
    };
    for (int i = 0; i < 50; i++) {
      String team = TEAMS.get(i % TEAMS.size());
      int k = i / TEAMS.size();
      String role = roles[k];
      if (k == 8 && (team.equals("mobile") || team.equals("growth"))) {
        role = "engineer";
      }
      if (k == 9) {
        role =
            switch (team) {
              case "platform", "payments", "mobile" -> "ops";
              default -> "analyst";
            };
      }
      LocalDate joined = LocalDate.of(2018 + random.nextInt(8), 1 + random.nextInt(12), 1);
      Person person = person(team, role, null, joined);
      colleagues.add(person);
      if (k == 0) {
        leads.put(team, person);
      }
      if (role.equals("ops")) {
        ops.add(person);
      }
    }
  }

  private void inventHires() {
    int[] perQuarter = {9, 10, 11, 10};
    String[] hireRoles = {
      "engineer",
      "engineer",
      "engineer",
      "engineer",
      "engineer",
      "engineer",
      "senior",
      "senior",
      "sre",
      "analyst",
      "staff",
      "ops"
    };
    List<Person> people = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      LocalDate from = LocalDate.of(2026, 1 + 3 * q, 1);
      LocalDate to = q == 3 ? LocalDate.of(2026, 12, 14) : from.plusMonths(3).minusDays(1);
      List<LocalDate> mondays = new ArrayList<>();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (d.getDayOfWeek() == DayOfWeek.MONDAY && !d.isBefore(LocalDate.of(2026, 1, 5))) {
          mondays.add(d);
        }
      }
      for (int n = 0; n < perQuarter[q]; n++) {
        LocalDate start = firstWorkday(mondays.get(random.nextInt(mondays.size())));
        String team = TEAMS.get(random.nextInt(TEAMS.size()));
        String role = hireRoles[random.nextInt(hireRoles.length)];
        people.add(person(team, role, start, start));
      }
    }
    people.sort(Comparator.comparing(Person::start).thenComparing(Person::id));
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      if (i + 1 == CONTRACTOR) {
        p =
            new Person(
                p.id(),
                p.first(),
                p.last(),
                p.github(),
                p.slack(),
                p.oktaId(),
                p.githubId(),
                p.team(),
                p.role(),
                p.start(),
                "240",
                p.joined());
      }
      hires.add(new Hire(i + 1, p));
    }
  }

  private Person person(String team, String role, LocalDate start, LocalDate joined) {
    String first;
    String last;
    String id;
    String github;
    do {
      first = FIRST[random.nextInt(FIRST.length)];
      last = LAST[random.nextInt(LAST.length)];
      id = (first.charAt(0) + last).toLowerCase(Locale.ROOT);
      github =
          random.nextBoolean()
              ? (first + last.substring(0, Math.min(3, last.length()))).toLowerCase(Locale.ROOT)
              : id + "-" + (10 + random.nextInt(90));
    } while (usedNames.contains(first + " " + last)
        || usedNames.contains(id)
        || usedNames.contains(github));
    usedNames.add(first + " " + last);
    usedNames.add(id);
    usedNames.add(github);
    return new Person(
        id,
        first,
        last,
        github,
        "U0" + token(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
        "00u" + token(17, ALNUM),
        1_000_000L + random.nextInt(90_000_000),
        team,
        role,
        start,
        "",
        joined);
  }

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private String token(int length, String alphabet) {
    String t;
    do {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      t = s.toString();
    } while (!usedTokens.add(t));
    return t;
  }

  private void onboard(Hire hire) {
    Person p = hire.person();
    ZonedDateTime day1 = hire.windowStart;
    Person lead = leads.get(p.team());
    Person it = ops.get(hire.position % ops.size());

    // Google Workspace and Okta: created a week ahead, except when the paperwork was late.
    ZonedDateTime created;
    if (LATE_GOOGLE_ACCOUNT.contains(hire.position)) {
      created = day1.plusMinutes(50 + random.nextInt(120));
    } else {
      created =
          day1.minusDays(4 + random.nextInt(6))
              .withHour(10 + random.nextInt(6))
              .withMinute(random.nextInt(60));
    }
    created = created.withSecond(random.nextInt(60));
    hire.googleCreated = created.plusMinutes(2);
    okta.add(oktaUser("user.lifecycle.create", "Create okta user", it, p, created, null));
    okta.add(oktaApp(it, p, "Google Workspace", created.plusMinutes(1), true, null));
    okta.add(oktaApp(it, p, "Slack", created.plusMinutes(1), true, null));
    okta.add(oktaGroup(it, p, "eng-" + p.team(), created.plusMinutes(1)));
    ZonedDateTime activated =
        LATE_GOOGLE_ACCOUNT.contains(hire.position)
            ? created.plusMinutes(10 + random.nextInt(20))
            : day1.minusMinutes(5 + random.nextInt(25));
    okta.add(oktaUser("user.lifecycle.activate", "Activate Okta user", p, p, activated, null));
    okta.add(oktaSession(p, activated.plusMinutes(1), true));

    // GitHub: before the fix a Jira ticket to IT; after it the team lead grants it.
    ZonedDateTime granted;
    if (hire.afterFix()) {
      granted = addWorking(day1, 15 + random.nextInt(90));
      okta.add(oktaApp(lead, p, "GitHub Enterprise Cloud", granted, true, null));
    } else {
      ZonedDateTime asked = addWorking(day1, 20 + random.nextInt(70));
      granted = addWorking(asked, Math.round(lognormal(540, 0.55)));
      okta.add(oktaApp(it, p, "GitHub Enterprise Cloud", granted, true, null));
      jira.add(
          ticket(
              "GitHub access for " + p.name(),
              p,
              it,
              asked,
              granted.plusMinutes(3 + random.nextInt(20)),
              List.of("GitHub"),
              "Please add me to the acme GitHub organization (team " + p.team() + ")."));
    }
    hire.githubGranted = granted;
    ZonedDateTime invited = granted.plusSeconds(40 + random.nextInt(60));
    String inviter = hire.afterFix() ? lead.github() : "acme-okta-scim";
    githubAudit.add(audit("org.invite_member", inviter, p.github(), "acme", null, invited));
    ZonedDateTime accepted = addWorking(invited, 4 + random.nextInt(hire.afterFix() ? 30 : 90));
    hire.githubAccepted = accepted;
    githubAudit.add(audit("org.add_member", p.github(), p.github(), "acme", null, accepted));
    githubAudit.add(
        audit(
            "team.add_member",
            lead.github(),
            p.github(),
            "acme",
            "acme/" + p.team(),
            accepted.plusMinutes(3 + random.nextInt(40))));
    if (random.nextInt(4) == 0) {
      githubAudit.add(
          audit(
              "org.add_member",
              "acme-okta-scim",
              p.github(),
              "acme-sandbox",
              null,
              accepted.plusMinutes(60 + random.nextInt(600))));
    }

    // AWS and VPN: an IT ticket on the first morning, granted in Okta.
    ZonedDateTime awsAsked = addWorking(day1, 30 + random.nextInt(120));
    boolean combined = hire.needsVpn() && random.nextInt(3) == 0;
    ZonedDateTime awsGranted = null;
    if (AWS_GRANTED_AFTER_WINDOW.contains(hire.position)) {
      awsGranted = addWorking(hire.windowEnd, 360);
    } else if (!AWS_NEVER_GRANTED.contains(hire.position)) {
      awsGranted = addWorking(awsAsked, Math.round(lognormal(780, 0.5)));
    }
    if (AWS_FAILED_FIRST.contains(hire.position) && awsGranted != null) {
      okta.add(
          oktaApp(
              it,
              p,
              "AWS IAM Identity Center",
              addWorking(awsAsked, 200),
              false,
              "Provisioning failed: user with this email already exists in the identity store"));
    }
    if (awsGranted != null && awsGranted.isBefore(EXPORT)) {
      okta.add(oktaApp(it, p, "AWS IAM Identity Center", awsGranted, true, null));
      hire.awsGranted = awsGranted;
    }
    List<String> awsComponents = combined ? List.of("AWS", "VPN") : List.of("AWS");
    jira.add(
        ticket(
            "AWS access for " + p.name() + (combined ? " (and VPN)" : ""),
            p,
            it,
            awsAsked,
            awsGranted == null || awsGranted.isAfter(EXPORT) ? null : awsGranted.plusMinutes(7),
            awsComponents,
            "Need the " + p.team() + "-dev and " + p.team() + "-staging accounts."));
    if (hire.needsVpn()) {
      ZonedDateTime vpn;
      if (combined && awsGranted != null) {
        vpn = awsGranted.plusMinutes(1);
      } else {
        ZonedDateTime asked = combined ? awsAsked : addWorking(day1, 60 + random.nextInt(180));
        vpn = addWorking(asked, Math.round(lognormal(420, 0.6)));
        if (!combined) {
          jira.add(
              ticket(
                  "VPN for " + p.name(),
                  p,
                  it,
                  asked,
                  vpn.plusMinutes(4),
                  List.of("VPN"),
                  "To reach the " + p.team() + " staging hosts."));
        }
      }
      okta.add(oktaGroup(it, p, "vpn-users", vpn));
      hire.vpnGranted = vpn;
    }

    // Daily sign-ins in the first weeks (noise), a few mistyped passwords.
    LocalDate day = day1.toLocalDate().plusDays(1);
    for (int d = 1; d < WINDOW_DAYS; d++) {
      day = firstWorkday(day);
      ZonedDateTime at = day.atTime(8, 30).atZone(NY).plusMinutes(random.nextInt(70));
      if (random.nextInt(12) == 0) {
        okta.add(oktaSession(p, at.minusMinutes(1), false));
      }
      okta.add(oktaSession(p, at, true));
      day = day.plusDays(1);
    }

    canonicalEvents(hire, lead, it);
    slackThreads(hire);
    pullRequests(hire);
  }

  /** How much worse things are early in the year: 1.0 in January, about 0.45 in December. */
  private static double friction(Hire hire) {
    double month =
        hire.person().start().getMonthValue() - 1 + hire.person.start().getDayOfMonth() / 31.0;
    return 1.0 - 0.05 * month;
  }

  private void canonicalEvents(Hire hire, Person lead, Person it) {
    Person p = hire.person();
    ZonedDateTime day1 = hire.windowStart;
    int provisioning = 45 + 15 * random.nextInt(5);
    events.add(
        csv(
            "provisioning",
            p.id(),
            it.id(),
            "access",
            "",
            iso(addWorking(day1, 30)),
            "",
            String.valueOf(provisioning),
            "",
            "",
            "it-tickets",
            "laptop imaging and accounts"));
    // Pairing with the buddy (a teammate), more often early in the year.
    List<Person> team = colleagues.stream().filter(c -> c.team().equals(p.team())).toList();
    int pairings = 1 + (int) Math.round(random.nextDouble() * 2 * friction(hire));
    for (int s = 0; s < pairings; s++) {
      Person buddy = team.get(1 + random.nextInt(team.size() - 1));
      ZonedDateTime at = addWorking(day1, 60 + random.nextInt(8 * 60 * 8));
      int minutes = 30 + 15 * random.nextInt(5);
      String category = s == 0 ? "environment" : random.nextBoolean() ? "knowledge" : "process";
      String count = random.nextInt(3) == 0 ? "2" : "1";
      hire.pairingMinutes += (long) minutes * Integer.parseInt(count);
      events.add(
          csv(
              "help",
              p.id(),
              buddy.id(),
              category,
              "",
              iso(at),
              "",
              String.valueOf(minutes),
              count,
              "",
              "manager-notes",
              "pairing with the onboarding buddy"));
    }
    if (random.nextDouble() < 0.8 * friction(hire) + 0.1) {
      ZonedDateTime from = addWorking(day1, 120 + random.nextInt(6 * 60 * 8));
      ZonedDateTime to =
          addWorking(from, Math.round(60 + 300 * random.nextDouble() * friction(hire)));
      hire.blockedMinutes += workingMinutes(from, to);
      String[] why = {
        "local stack would not start: postgres image for arm64 missing",
        "dev container build fails behind the proxy",
        "seed data script needs credentials nobody wrote down",
        "integration tests need a staging token"
      };
      events.add(
          csv(
              "blocked",
              p.id(),
              "",
              "environment",
              "",
              iso(from),
              iso(to),
              "",
              "",
              "",
              "manager-notes",
              why[random.nextInt(why.length)]));
    }
    if (random.nextInt(5) == 0) {
      // A question long after the window: not onboarding any more.
      ZonedDateTime late = addWorking(hire.windowEnd, 60 * 8 * 10);
      if (late.isBefore(EXPORT)) {
        events.add(
            csv(
                "help",
                p.id(),
                lead.id(),
                "knowledge",
                "",
                iso(late),
                "",
                "30",
                "1",
                "",
                "manager-notes",
                "first on-call shadowing questions"));
      }
    }
    ZonedDateTime deploy =
        addWorking(
            hire.githubAccepted, 60 * 8 * (hire.afterFix() ? 3 : 5) + random.nextInt(60 * 8 * 4));
    hire.firstDeploy = deploy;
    if (deploy.isBefore(EXPORT)) {
      events.add(
          csv(
              "milestone",
              p.id(),
              "",
              "",
              "",
              iso(deploy),
              "",
              "",
              "",
              "first_deploy",
              "deploy-log",
              ""));
    }
  }

  private static final String[] QUESTIONS = {
    "Where do I find the staging database credentials?",
    "Is there a doc for running the %s service locally? The README looks outdated",
    "Who can approve my access to the %s dashboards?",
    "`make dev` fails with a certificate error, has anyone seen this?",
    "How do I get added to the on-call calendar for %s?",
    "What is the process for getting a feature flag created?",
    "Which AWS account is %s staging in?",
    "Tests pass locally but the CI job for %s times out, any ideas?",
    "Where is the architecture overview for %s?",
  };
  private static final String[] ANSWERS = {
    "It's in 1Password under the team vault, ping me if you can't see it",
    "The README is stale, use the wiki page instead: <https://wiki.acme.example/dev-setup>",
    "I can do that, give me a minute",
    "Known issue, you need the corporate root CA: `make certs` first",
    "Added you :+1:",
    "That one bit me too. Try clearing the docker volume",
    "Ask in #%s, but the short answer is the dev account",
  };

  private void slackThreads(Hire hire) {
    Person p = hire.person();
    ZonedDateTime join = hire.windowStart.plusMinutes(5 + random.nextInt(40));
    slack.add(
        slackMessage(
            "help-onboarding",
            join,
            map(
                "user",
                p.slack(),
                "type",
                "message",
                "subtype",
                "channel_join",
                "text",
                "<@" + p.slack() + "> has joined the channel")));
    double f = friction(hire);
    int threads = (int) Math.round(1 + random.nextDouble() * 2 + 3.5 * f);
    List<Person> others = colleagues.stream().filter(c -> !c.role().equals("ops")).toList();
    for (int t = 0; t < threads; t++) {
      ZonedDateTime asked = addWorking(hire.windowStart, 30 + random.nextInt(60 * 8 * 15));
      String text =
          String.format(Locale.ROOT, QUESTIONS[random.nextInt(QUESTIONS.length)], p.team());
      boolean botOnly = random.nextInt(10) == 0;
      List<Person> helpers = new ArrayList<>();
      if (!botOnly) {
        int n = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2);
        while (helpers.size() < n) {
          Person c =
              random.nextInt(2) == 0
                  ? colleagues.stream()
                      .filter(x -> x.team().equals(p.team()))
                      .toList()
                      .get(random.nextInt(10))
                  : others.get(random.nextInt(others.size()));
          if (!helpers.contains(c)) {
            helpers.add(c);
          }
        }
      }
      hire.helpThreads++;
      hire.slackHelpers += helpers.size();
      String parentTs = ts(asked);
      List<Map<String, Object>> replies = new ArrayList<>();
      ZonedDateTime at = asked;
      List<String> replyUsers = new ArrayList<>();
      if (botOnly) {
        at = at.plusSeconds(20);
        replies.add(
            map(
                "type",
                "message",
                "subtype",
                "bot_message",
                "bot_id",
                "B0ONBOARD1",
                "username",
                "Onboarding Bot",
                "text",
                "Have you checked the onboarding handbook? <https://wiki.acme.example/onboarding>",
                "ts",
                ts(at),
                "thread_ts",
                parentTs,
                "parent_user_id",
                p.slack()));
      }
      for (Person helper : helpers) {
        int times = random.nextInt(3) == 0 ? 2 : 1;
        for (int r = 0; r < times; r++) {
          at = at.plusMinutes(2 + random.nextInt(45));
          String answer =
              String.format(Locale.ROOT, ANSWERS[random.nextInt(ANSWERS.length)], p.team());
          replies.add(
              map(
                  "client_msg_id",
                  uuid(),
                  "type",
                  "message",
                  "text",
                  answer,
                  "user",
                  helper.slack(),
                  "ts",
                  ts(at),
                  "team",
                  "T0ACME0001",
                  "thread_ts",
                  parentTs,
                  "parent_user_id",
                  p.slack()));
          if (!replyUsers.contains(helper.slack())) {
            replyUsers.add(helper.slack());
          }
        }
      }
      if (!helpers.isEmpty() && random.nextBoolean()) {
        at = at.plusMinutes(1 + random.nextInt(20));
        replies.add(
            map(
                "client_msg_id",
                uuid(),
                "type",
                "message",
                "text",
                "thanks, that worked!",
                "user",
                p.slack(),
                "ts",
                ts(at),
                "team",
                "T0ACME0001",
                "thread_ts",
                parentTs,
                "parent_user_id",
                p.slack()));
        replyUsers.add(p.slack());
      }
      Map<String, Object> parent =
          map(
              "client_msg_id",
              uuid(),
              "type",
              "message",
              "text",
              text,
              "user",
              p.slack(),
              "ts",
              parentTs,
              "team",
              "T0ACME0001",
              "thread_ts",
              parentTs,
              "reply_count",
              replies.size(),
              "reply_users_count",
              replyUsers.size(),
              "latest_reply",
              replies.isEmpty() ? parentTs : replies.get(replies.size() - 1).get("ts"),
              "reply_users",
              replyUsers,
              "is_locked",
              false,
              "subscribed",
              false);
      if (replies.isEmpty()) {
        parent.remove("thread_ts");
        parent.remove("reply_count");
        parent.remove("reply_users_count");
        parent.remove("latest_reply");
        parent.remove("reply_users");
        parent.remove("is_locked");
        parent.remove("subscribed");
      }
      slack.add(slackMessage("help-onboarding", asked, parent));
      for (Map<String, Object> reply : replies) {
        slack.add(slackMessage("help-onboarding", fromTs((String) reply.get("ts")), reply));
      }
    }
  }

  private void pullRequests(Hire hire) {
    Person p = hire.person();
    ZonedDateTime at =
        addWorking(
            hire.githubAccepted, 60 * 8 * (hire.afterFix() ? 1 : 2) + random.nextInt(60 * 8 * 3));
    hire.firstPr = at;
    String repo = REPOS.get(p.team());
    for (int n = 0; n < 18 && at.isBefore(EXPORT); n++) {
      ZonedDateTime merged = addWorking(at, 60 + random.nextInt(60 * 8 * 2));
      boolean closedUnmerged = n > 0 && random.nextInt(10) == 0;
      if (merged.isAfter(EXPORT)) {
        merged = null;
      }
      prs.add(
          new Pr(
              repo, p.github(), "User", p.githubId(), titleFor(p, n), at, merged, closedUnmerged));
      at = addWorking(at, 90 + random.nextInt(60 * 8 * 2));
    }
  }

  private String titleFor(Person p, int n) {
    String[] titles = {
      "Fix typo in %s README", "Add retry to %s client", "Update %s dev setup docs",
      "Handle empty response in %s", "Add metrics for %s queue depth", "Refactor %s config loading",
      "Bump timeout for %s health check", "Add test for %s edge case"
    };
    return String.format(Locale.ROOT, titles[(n + p.first().length()) % titles.length], p.team());
  }

  private void background() {
    // Colleagues sign in, now and then they get a new app, and they open pull requests.
    for (int i = 0; i < 700; i++) {
      Person c = colleagues.get(random.nextInt(colleagues.size()));
      ZonedDateTime at = randomWorkingTime();
      okta.add(oktaSession(c, at, random.nextInt(25) != 0));
    }
    for (int i = 0; i < 12; i++) {
      Person c = colleagues.get(random.nextInt(colleagues.size()));
      okta.add(
          oktaApp(
              ops.get(0),
              c,
              random.nextBoolean() ? "AWS IAM Identity Center" : "Datadog",
              randomWorkingTime(),
              true,
              null));
    }
    for (int i = 0; i < 150; i++) {
      Person c = colleagues.get(random.nextInt(colleagues.size()));
      String[] actions = {
        "repo.create", "protected_branch.update", "repo.add_member", "org.update_member"
      };
      String action = actions[random.nextInt(actions.length)];
      githubAudit.add(
          audit(
              action,
              c.github(),
              action.equals("repo.add_member") ? colleagues.get(random.nextInt(50)).github() : null,
              "acme",
              null,
              randomWorkingTime()));
    }
    for (String team : TEAMS) {
      String repo = REPOS.get(team);
      List<Person> members = colleagues.stream().filter(c -> c.team().equals(team)).toList();
      for (int i = 0; i < 45; i++) {
        Person c = members.get(random.nextInt(members.size()));
        ZonedDateTime at = randomWorkingTime();
        ZonedDateTime merged = addWorking(at, 30 + random.nextInt(60 * 8 * 3));
        prs.add(
            new Pr(
                repo,
                c.github(),
                "User",
                c.githubId(),
                "Improve " + team + " " + (i + 1),
                at,
                merged.isAfter(EXPORT) ? null : merged,
                random.nextInt(12) == 0));
      }
      for (int i = 0; i < 14; i++) {
        ZonedDateTime at = randomWorkingTime();
        ZonedDateTime merged = addWorking(at, 60 + random.nextInt(60 * 8));
        prs.add(
            new Pr(
                repo,
                "dependabot[bot]",
                "Bot",
                49699333,
                "Bump jackson-databind in /" + repo,
                at,
                merged.isAfter(EXPORT) ? null : merged,
                false));
      }
      for (int i = 0; i < 6; i++) {
        ZonedDateTime at = randomWorkingTime();
        prs.add(
            new Pr(
                repo,
                "acme-ci",
                "User",
                88000001,
                "Release " + repo + " 2026." + (i + 1),
                at,
                at.plusMinutes(4),
                false));
      }
    }
    // Colleagues ask in the help channel too (not a hire: not onboarding help).
    for (int i = 0; i < 30; i++) {
      Person c = colleagues.get(random.nextInt(colleagues.size()));
      slack.add(
          slackMessage(
              "help-onboarding",
              randomWorkingTime(),
              map(
                  "client_msg_id",
                  uuid(),
                  "type",
                  "message",
                  "text",
                  "Reminder: the onboarding checklist moved to the wiki",
                  "user",
                  c.slack(),
                  "team",
                  "T0ACME0001")));
    }
    for (int i = 0; i < 40; i++) {
      Person c = colleagues.get(random.nextInt(colleagues.size()));
      slack.add(
          slackMessage(
              "general",
              randomWorkingTime(),
              map(
                  "client_msg_id",
                  uuid(),
                  "type",
                  "message",
                  "text",
                  random.nextBoolean()
                      ? "Lunch order closes at 11:30"
                      : "Deploy freeze starts Friday",
                  "user",
                  c.slack(),
                  "team",
                  "T0ACME0001")));
    }
    // The bot's Monday welcome, naming the week's hires.
    Map<LocalDate, List<Hire>> byWeek = new TreeMap<>();
    for (Hire h : hires) {
      byWeek.computeIfAbsent(h.windowStart.toLocalDate(), k -> new ArrayList<>()).add(h);
    }
    for (Map.Entry<LocalDate, List<Hire>> week : byWeek.entrySet()) {
      StringBuilder names = new StringBuilder();
      for (Hire h : week.getValue()) {
        names
            .append(names.length() == 0 ? "" : ", ")
            .append("<@")
            .append(h.person().slack())
            .append('>');
      }
      slack.add(
          slackMessage(
              "help-onboarding",
              week.getKey().atTime(9, 1).atZone(NY),
              map(
                  "type",
                  "message",
                  "subtype",
                  "bot_message",
                  "bot_id",
                  "B0ONBOARD1",
                  "username",
                  "Onboarding Bot",
                  "text",
                  "Welcome "
                      + names
                      + "! Start with the checklist: <https://wiki.acme.example/onboarding>")));
    }
  }

  private ZonedDateTime randomWorkingTime() {
    LocalDate day = LocalDate.of(2026, 1, 2).plusDays(random.nextInt(362));
    day = firstWorkday(day);
    ZonedDateTime at = day.atTime(DAY_START).atZone(NY).plusMinutes(random.nextInt(480));
    return at.isAfter(EXPORT) ? EXPORT.minusHours(3) : at.withSecond(random.nextInt(60));
  }

  private double lognormal(double median, double sigma) {
    return median * Math.exp(sigma * random.nextGaussian());
  }

  // ------------------------------------------------------------------------------------------
  // The working calendar (the same rules as metrics-core's, kept here so this file needs no build)

  static boolean isWorkday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY
        && d.getDayOfWeek() != DayOfWeek.SUNDAY
        && !HOLIDAYS.contains(d);
  }

  static LocalDate firstWorkday(LocalDate d) {
    LocalDate day = d;
    while (!isWorkday(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  static LocalDate plusWorkdays(LocalDate workday, int n) {
    LocalDate day = workday;
    for (int i = 0; i < n; i++) {
      day = firstWorkday(day.plusDays(1));
    }
    return day;
  }

  /** The moment {@code minutes} working minutes after {@code from}. */
  static ZonedDateTime addWorking(ZonedDateTime from, long minutes) {
    ZonedDateTime t = from.withZoneSameInstant(NY);
    long left = minutes;
    while (true) {
      LocalDate day = t.toLocalDate();
      if (!isWorkday(day) || !t.toLocalTime().isBefore(DAY_END)) {
        t = firstWorkday(day.plusDays(1)).atTime(DAY_START).atZone(NY);
        continue;
      }
      if (t.toLocalTime().isBefore(DAY_START)) {
        t = day.atTime(DAY_START).atZone(NY).withSecond(t.getSecond());
      }
      ZonedDateTime end = day.atTime(DAY_END).atZone(NY);
      long room = ChronoUnit.MINUTES.between(t, end);
      if (left <= room) {
        return t.plusMinutes(left);
      }
      left -= room;
      t = firstWorkday(day.plusDays(1)).atTime(DAY_START).atZone(NY);
    }
  }

  /** Working minutes of {@code [from, to)}. */
  static long workingMinutes(ZonedDateTime from, ZonedDateTime to) {
    long total = 0;
    for (LocalDate d = from.withZoneSameInstant(NY).toLocalDate();
        !d.isAfter(to.withZoneSameInstant(NY).toLocalDate());
        d = d.plusDays(1)) {
      if (!isWorkday(d)) {
        continue;
      }
      ZonedDateTime a = d.atTime(DAY_START).atZone(NY);
      ZonedDateTime b = d.atTime(DAY_END).atZone(NY);
      ZonedDateTime lo = from.isAfter(a) ? from : a;
      ZonedDateTime hi = to.isBefore(b) ? to : b;
      if (hi.isAfter(lo)) {
        total += ChronoUnit.SECONDS.between(lo, hi);
      }
    }
    return total / 60;
  }

  // ------------------------------------------------------------------------------------------
  // Log records

  record Stamped(Instant at, String channel, Map<String, Object> record) {}

  record JiraTicket(
      String summary,
      Person reporter,
      Person assignee,
      ZonedDateTime created,
      ZonedDateTime resolved,
      List<String> components,
      String description,
      String issueType,
      String requestType) {}

  record Pr(
      String repo,
      String login,
      String type,
      long userId,
      String title,
      ZonedDateTime created,
      ZonedDateTime merged,
      boolean closedUnmerged) {}

  private JiraTicket ticket(
      String summary,
      Person reporter,
      Person assignee,
      ZonedDateTime created,
      ZonedDateTime resolved,
      List<String> components,
      String description) {
    return new JiraTicket(
        summary,
        reporter,
        assignee,
        created,
        resolved,
        components,
        description,
        "Access Request",
        "Request access");
  }

  private Map<String, Object> oktaActor(Person actor) {
    return map(
        "id",
        actor.oktaId(),
        "type",
        "User",
        "alternateId",
        actor.email(),
        "displayName",
        actor.name(),
        "detailEntry",
        null);
  }

  private Map<String, Object> oktaUserTarget(Person p) {
    return map(
        "id",
        p.oktaId(),
        "type",
        "User",
        "alternateId",
        p.email(),
        "displayName",
        p.name(),
        "detailEntry",
        null);
  }

  private Stamped oktaEvent(
      String type,
      String legacy,
      String message,
      Person actor,
      ZonedDateTime at,
      boolean success,
      String reason,
      List<Map<String, Object>> targets,
      String uri) {
    String[] cities = {"New York", "Brooklyn", "Jersey City", "Boston"};
    String city = cities[random.nextInt(cities.length)];
    Map<String, Object> event =
        map(
            "actor", oktaActor(actor),
            "client",
                map(
                    "userAgent",
                    map(
                        "rawUserAgent",
                        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                        "os",
                        "Mac OS X",
                        "browser",
                        "CHROME"),
                    "zone",
                    "null",
                    "device",
                    "Computer",
                    "id",
                    null,
                    "ipAddress",
                    "198.51.100." + (2 + random.nextInt(250)),
                    "geographicalContext",
                    map(
                        "city",
                        city,
                        "state",
                        city.equals("Boston")
                            ? "Massachusetts"
                            : city.equals("Jersey City") ? "New Jersey" : "New York",
                        "country",
                        "United States",
                        "postalCode",
                        null)),
            "device", null,
            "authenticationContext",
                map(
                    "authenticationProvider",
                    null,
                    "credentialProvider",
                    null,
                    "credentialType",
                    null,
                    "issuer",
                    null,
                    "interface",
                    null,
                    "authenticationStep",
                    0,
                    "externalSessionId",
                    "102" + token(22, ALNUM)),
            "displayMessage", message,
            "eventType", type,
            "outcome", map("result", success ? "SUCCESS" : "FAILURE", "reason", reason),
            "published", okta(at.plusNanos(random.nextInt(1000) * 1_000_000L)),
            "severity", success ? "INFO" : "WARN",
            "legacyEventType", legacy,
            "transaction", map("type", "WEB", "id", token(27, ALNUM), "detail", map()),
            "debugContext", map("debugData", map("requestId", token(27, ALNUM), "requestUri", uri)),
            "target", targets,
            "uuid", uuid(),
            "version", "0");
    return new Stamped(at.toInstant(), "okta", event);
  }

  private Stamped oktaUser(
      String type, String message, Person actor, Person user, ZonedDateTime at, String reason) {
    String legacy =
        type.equals("user.lifecycle.create")
            ? "core.user.config.user_creation.success"
            : "core.user.config.user_activated";
    return oktaEvent(
        type,
        legacy,
        message,
        actor,
        at,
        true,
        reason,
        List.of(oktaUserTarget(user)),
        "/api/v1/users/"
            + user.oktaId()
            + "/lifecycle/"
            + (type.endsWith("create") ? "create" : "activate"));
  }

  private Stamped oktaApp(
      Person actor, Person user, String app, ZonedDateTime at, boolean success, String reason) {
    String appId = "0oa" + Math.abs(app.hashCode() % 100000000) + "acme";
    List<Map<String, Object>> targets =
        List.of(
            map(
                "id",
                "0ua" + token(17, ALNUM),
                "type",
                "AppUser",
                "alternateId",
                user.email(),
                "displayName",
                user.name(),
                "detailEntry",
                null),
            map(
                "id",
                appId,
                "type",
                "AppInstance",
                "alternateId",
                app,
                "displayName",
                app,
                "detailEntry",
                null),
            oktaUserTarget(user));
    return oktaEvent(
        "application.user_membership.add",
        "app.generic.provision.assign_user_to_app",
        "Add user to application membership",
        actor,
        at,
        success,
        reason,
        targets,
        "/api/v1/apps/" + appId + "/users");
  }

  private Stamped oktaGroup(Person actor, Person user, String group, ZonedDateTime at) {
    String groupId = "00g" + Math.abs(group.hashCode() % 100000000) + "acme";
    List<Map<String, Object>> targets =
        List.of(
            oktaUserTarget(user),
            map(
                "id",
                groupId,
                "type",
                "UserGroup",
                "alternateId",
                "unknown",
                "displayName",
                group,
                "detailEntry",
                null));
    return oktaEvent(
        "group.user_membership.add",
        "core.user_group_member.user_add",
        "Add user to group membership",
        actor,
        at,
        true,
        null,
        targets,
        "/api/v1/groups/" + groupId + "/users/" + user.oktaId());
  }

  private Stamped oktaSession(Person user, ZonedDateTime at, boolean success) {
    return oktaEvent(
        "user.session.start",
        success ? "core.user_auth.login_success" : "core.user_auth.login_failed",
        "User login to Okta",
        user,
        at,
        success,
        success ? null : "INVALID_CREDENTIALS",
        List.of(),
        "/api/v1/authn");
  }

  private Stamped audit(
      String action, String actor, String user, String org, String team, ZonedDateTime at) {
    long ms = at.toInstant().toEpochMilli() + random.nextInt(1000);
    Map<String, Object> record =
        map(
            "@timestamp",
            ms,
            "_document_id",
            token(22, ALNUM + "-_"),
            "action",
            action,
            "actor",
            actor,
            "actor_location",
            map("country_code", "US"),
            "created_at",
            ms,
            "operation_type",
            action.startsWith("repo.create") ? "create" : "modify",
            "org",
            org,
            "org_id",
            org.equals("acme") ? 71234567 : 71234999);
    if (team != null) {
      record.put("team", team);
    }
    if (user != null) {
      record.put("user", user);
    }
    if (action.startsWith("repo.") || action.startsWith("protected_branch")) {
      record.put("repo", "acme/" + REPOS.get(TEAMS.get(random.nextInt(TEAMS.size()))));
    }
    return new Stamped(at.toInstant(), "github", record);
  }

  private Stamped slackMessage(String channel, ZonedDateTime at, Map<String, Object> message) {
    if (!message.containsKey("ts")) {
      message.put("ts", ts(at));
    }
    return new Stamped(fromTs((String) message.get("ts")).toInstant(), channel, message);
  }

  private String ts(ZonedDateTime at) {
    return at.toEpochSecond() + "." + String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
  }

  private static ZonedDateTime fromTs(String ts) {
    return Instant.ofEpochSecond(Long.parseLong(ts.substring(0, ts.indexOf('.')))).atZone(NY);
  }

  private String uuid() {
    String h = token(32, "0123456789abcdef");
    return h.substring(0, 8)
        + "-"
        + h.substring(8, 12)
        + "-4"
        + h.substring(13, 16)
        + "-a"
        + h.substring(17, 20)
        + "-"
        + h.substring(20);
  }

  private static String okta(ZonedDateTime at) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
        .format(at.withZoneSameInstant(ZoneOffset.UTC));
  }

  private static String iso(ZonedDateTime at) {
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.withZoneSameInstant(NY).withNano(0));
  }

  // ------------------------------------------------------------------------------------------
  // Rendering

  private Map<String, String> render() {
    Map<String, String> files = new TreeMap<>();
    files.put("onboarding.yaml", onboardingYaml());
    files.put("plan.yaml", PLAN);
    files.put("fixes.yaml", FIXES);
    files.put("people.csv", peopleCsv());
    files.put("events.csv", eventsCsv());
    files.putAll(surveyCsv());
    files.putAll(oktaLogs());
    files.put("logs/github-audit/acme-audit-log-2026.jsonl", auditLog());
    files.put("logs/gam/users-2026-12-31.csv", gamUsers());
    files.put("logs/jira/it-service-desk-2026.csv", jiraCsv());
    files.putAll(slackExport());
    files.putAll(pullRequestLists());
    files.put("ground-truth.csv", groundTruth());
    return files;
  }

  private String peopleCsv() {
    StringBuilder out =
        new StringBuilder("id,name,email,github,slack,team,role,start_date,hourly_rate\n");
    List<Person> everyone = new ArrayList<>(colleagues);
    hires.forEach(h -> everyone.add(h.person()));
    for (Person p : everyone) {
      out.append(
              csv(
                  p.id(),
                  p.name(),
                  p.email(),
                  p.github(),
                  p.slack(),
                  p.team(),
                  p.role(),
                  p.start() == null ? "" : p.start().toString(),
                  p.rate()))
          .append('\n');
    }
    return out.toString();
  }

  private String eventsCsv() {
    StringBuilder out =
        new StringBuilder(
            "type,hire,helper,category,system,start,end,minutes,count,milestone,source,note\n");
    events.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  private Map<String, String> surveyCsv() {
    String header =
        csv(
                "Timestamp",
                "Email Address",
                "Hours waiting for access to GitHub",
                "Hours waiting for access to AWS",
                "Hours looking for documentation",
                "Hours fixing your development environment",
                "How many times did you ask a colleague for help?",
                "Who helped you most in your first weeks?")
            + "\n";
    StringBuilder h1 = new StringBuilder(header);
    StringBuilder h2 = new StringBuilder(header);
    DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy/MM/dd h:mm:ss a", Locale.ENGLISH);
    for (Hire hire : hires) {
      if (NO_SURVEY.contains(hire.position)) {
        continue;
      }
      Person p = hire.person();
      ZonedDateTime at =
          addWorking(hire.windowStart, 60 * 8 * (5 + random.nextInt(4)))
              .plusHours(2 + random.nextInt(5))
              .withSecond(random.nextInt(60));
      String offset = "GMT" + at.getOffset().getTotalSeconds() / 3600;
      double f = friction(hire);
      double github = workingMinutes(hire.windowStart, hire.githubAccepted) / 60.0;
      ZonedDateTime awsEnd =
          hire.awsGranted == null || hire.awsGranted.isAfter(hire.windowEnd)
              ? hire.windowEnd
              : hire.awsGranted;
      double aws = workingMinutes(hire.windowStart, awsEnd) / 60.0;
      String who =
          random.nextInt(6) == 0
              ? "- the whole platform team, honestly"
              : random.nextInt(10) == 0
                  ? "=) my buddy"
                  : colleagues.get(random.nextInt(colleagues.size())).first()
                      + ", my onboarding buddy";
      String line =
          csv(
                  stamp.format(at) + " " + offset,
                  random.nextInt(8) == 0 ? p.email().toUpperCase(Locale.ROOT) : p.email(),
                  remembered(github),
                  remembered(aws),
                  remembered(2 + 8 * f * random.nextDouble() + 2 * f),
                  remembered(hire.blockedMinutes / 60.0 + 1 + 4 * f * random.nextDouble()),
                  random.nextInt(12) == 0
                      ? ""
                      : String.valueOf(Math.round(2 + 8 * f * random.nextDouble())),
                  random.nextInt(5) == 0 ? "" : who)
              + "\n";
      (p.start().getMonthValue() <= 6 ? h1 : h2).append(line);
    }
    return Map.of(
        "survey/first-week-2026-h1.csv",
        h1.toString(),
        "survey/first-week-2026-h2.csv",
        h2.toString());
  }

  /** A self-reported number of hours: rounded, sometimes a range, sometimes not answered. */
  private String remembered(double hours) {
    int kind = random.nextInt(10);
    double guess = hours * (0.7 + 0.7 * random.nextDouble());
    if (kind == 0) {
      return "";
    }
    if (kind == 1 && guess >= 2) {
      long lo = Math.max(0, Math.round(guess) - 1);
      return lo + "-" + (lo + 2);
    }
    double rounded = Math.round(guess * 2) / 2.0;
    return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
  }

  private Map<String, String> oktaLogs() {
    okta.sort(Comparator.comparing(Stamped::at));
    StringBuilder array = new StringBuilder("[\n");
    StringBuilder lines = new StringBuilder();
    boolean first = true;
    for (Stamped event : okta) {
      if (event.at().isBefore(LocalDate.of(2026, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
        array.append(first ? "" : ",\n").append(json(event.record()));
        first = false;
      } else {
        lines.append(json(event.record())).append('\n');
      }
    }
    array.append("\n]\n");
    return Map.of(
        "logs/okta/system-log-2026-h1.json",
        array.toString(),
        "logs/okta/system-log-2026-h2.jsonl",
        lines.toString());
  }

  private String auditLog() {
    githubAudit.sort(Comparator.comparing(Stamped::at));
    StringBuilder out = new StringBuilder();
    githubAudit.forEach(e -> out.append(json(e.record())).append('\n'));
    return out.toString();
  }

  private String gamUsers() {
    StringBuilder out =
        new StringBuilder(
            "primaryEmail,name.givenName,name.familyName,name.fullName,creationTime,lastLoginTime,suspended,orgUnitPath\n");
    DateTimeFormatter gam = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    List<String[]> rows = new ArrayList<>();
    for (Person c : colleagues) {
      ZonedDateTime created = c.joined().minusDays(5).atTime(14, 7).atZone(NY);
      rows.add(
          new String[] {
            c.email(),
            c.first(),
            c.last(),
            c.name(),
            gam.format(created.withZoneSameInstant(ZoneOffset.UTC)),
            gam.format(randomWorkingTime().withZoneSameInstant(ZoneOffset.UTC)),
            "False",
            "/Engineering/" + c.team()
          });
    }
    for (Hire h : hires) {
      Person p = h.person();
      rows.add(
          new String[] {
            p.email(),
            p.first(),
            p.last(),
            p.name(),
            gam.format(h.googleCreated.withZoneSameInstant(ZoneOffset.UTC)),
            gam.format(addWorking(h.windowStart, 10).withZoneSameInstant(ZoneOffset.UTC)),
            "False",
            "/Engineering/" + p.team()
          });
    }
    rows.add(
        new String[] {
          "it-admin@acme.example",
          "IT",
          "Admin",
          "IT Admin",
          "2017-03-01T15:00:00Z",
          "2026-12-30T14:12:09Z",
          "False",
          "/"
        });
    rows.add(
        new String[] {
          "noreply@acme.example",
          "No",
          "Reply",
          "No Reply",
          "2017-03-01T15:02:00Z",
          "Never",
          "False",
          "/Service"
        });
    rows.add(
        new String[] {
          "old.intern@acme.example",
          "Old",
          "Intern",
          "Old Intern",
          "2025-06-02T13:00:00Z",
          "2025-08-29T20:14:51Z",
          "True",
          "/Suspended"
        });
    rows.sort(Comparator.comparing((String[] r) -> r[0]));
    rows.forEach(r -> out.append(csv(r)).append('\n'));
    return out.toString();
  }

  private String jiraCsv() {
    List<JiraTicket> tickets = new ArrayList<>(jira);
    String[][] noise = {
      {"Laptop charger broken", "Incident", "Hardware"},
      {"Reset MFA device", "Service Request", "Reset MFA"},
      {"Printer on 4th floor jammed", "Incident", "Hardware"},
      {"Renew Figma licences", "Task", ""},
      {"Conference room display flickers", "Incident", "Hardware"},
      {"New monitor", "Service Request", "Hardware request"},
    };
    for (int i = 0; i < 80; i++) {
      Person c = colleagues.get(random.nextInt(colleagues.size()));
      String[] kind = noise[random.nextInt(noise.length)];
      ZonedDateTime created = randomWorkingTime();
      tickets.add(
          new JiraTicket(
              kind[0],
              c,
              ops.get(random.nextInt(ops.size())),
              created,
              addWorking(created, 30 + random.nextInt(900)),
              List.of(),
              "",
              kind[1],
              kind[2]));
    }
    // An access request by a colleague (not a hire): a log record about no onboarding.
    Person c = colleagues.get(7);
    ZonedDateTime when = LocalDate.of(2026, 5, 12).atTime(11, 20).atZone(NY);
    tickets.add(
        new JiraTicket(
            "AWS access for " + c.name(),
            c,
            ops.get(0),
            when,
            addWorking(when, 300),
            List.of("AWS"),
            "Moving to the data account.",
            "Access Request",
            "Request access"));
    tickets.sort(Comparator.comparing(JiraTicket::created));
    DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH);
    StringBuilder out =
        new StringBuilder(
                csv(
                    "Summary",
                    "Issue key",
                    "Issue id",
                    "Issue Type",
                    "Status",
                    "Project key",
                    "Project name",
                    "Priority",
                    "Resolution",
                    "Assignee",
                    "Reporter",
                    "Creator",
                    "Created",
                    "Updated",
                    "Last Viewed",
                    "Resolved",
                    "Component/s",
                    "Component/s",
                    "Labels",
                    "Labels",
                    "Description",
                    "Watchers",
                    "Watchers",
                    "Custom field (Request Type)",
                    "Comment",
                    "Comment",
                    "Comment"))
            .append('\n');
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < tickets.size(); i++) {
      JiraTicket t = tickets.get(i);
      String key = "IT-" + (1201 + i);
      boolean done = t.resolved() != null;
      ZonedDateTime updated = done ? t.resolved() : t.created().plusDays(3);
      List<String> comments = new ArrayList<>();
      String account =
          "712020:" + token(8, "0123456789abcdef") + "-" + token(4, "0123456789abcdef");
      if (t.issueType().equals("Access Request")) {
        comments.add(
            date.format(t.created().plusMinutes(12))
                + ";"
                + account
                + ";Looking into it, needs manager approval");
        if (done) {
          comments.add(
              date.format(t.resolved())
                  + ";"
                  + account
                  + ";Granted in Okta, please sign out and in again");
        } else {
          comments.add(
              date.format(t.created().plusDays(2))
                  + ";"
                  + account
                  + ";Still waiting for the account owner to approve, sorry");
        }
      }
      while (comments.size() < 3) {
        comments.add("");
      }
      List<String> components = new ArrayList<>(t.components());
      while (components.size() < 2) {
        components.add("");
      }
      rows.add(
          csv(
              t.summary(),
              key,
              String.valueOf(10400 + i),
              t.issueType(),
              done ? "Done" : "Waiting for approval",
              "IT",
              "IT Service Desk",
              "Medium",
              done ? "Done" : "",
              t.assignee().name(),
              t.reporter().name(),
              t.reporter().name(),
              date.format(t.created()),
              date.format(updated),
              "",
              done ? date.format(t.resolved()) : "",
              components.get(0),
              components.get(1),
              t.issueType().equals("Access Request") ? "onboarding" : "",
              "",
              t.description(),
              t.reporter().name(),
              t.assignee().name(),
              t.requestType(),
              comments.get(0),
              comments.get(1),
              comments.get(2)));
    }
    rows.forEach(r -> out.append(r).append('\n'));
    return out.toString();
  }

  private Map<String, String> slackExport() {
    Map<String, String> files = new TreeMap<>();
    List<Map<String, Object>> users = new ArrayList<>();
    List<Person> everyone = new ArrayList<>(colleagues);
    hires.forEach(h -> everyone.add(h.person()));
    for (Person p : everyone) {
      users.add(
          map(
              "id",
              p.slack(),
              "team_id",
              "T0ACME0001",
              "name",
              p.id(),
              "deleted",
              false,
              "real_name",
              p.name(),
              "tz",
              "America/New_York",
              "is_bot",
              false,
              "profile",
              map("real_name", p.name(), "display_name", p.first(), "email", p.email())));
    }
    users.add(
        map(
            "id",
            "U0ONBOARDB",
            "team_id",
            "T0ACME0001",
            "name",
            "onboarding-bot",
            "deleted",
            false,
            "real_name",
            "Onboarding Bot",
            "is_bot",
            true,
            "profile",
            map("real_name", "Onboarding Bot", "bot_id", "B0ONBOARD1")));
    users.add(
        map(
            "id",
            "USLACKBOT",
            "team_id",
            "T0ACME0001",
            "name",
            "slackbot",
            "deleted",
            false,
            "real_name",
            "Slackbot",
            "is_bot",
            false,
            "profile",
            map("real_name", "Slackbot")));
    files.put("logs/slack/users.json", jsonArray(users));
    List<String> members = everyone.stream().map(Person::slack).toList();
    files.put(
        "logs/slack/channels.json",
        jsonArray(
            List.of(
                map(
                    "id",
                    "C0HELPONB1",
                    "name",
                    "help-onboarding",
                    "created",
                    "1609459200",
                    "creator",
                    leads.get("platform").slack(),
                    "is_archived",
                    false,
                    "is_general",
                    false,
                    "members",
                    members,
                    "topic",
                    map(
                        "value",
                        "Ask anything about your first weeks",
                        "creator",
                        leads.get("platform").slack(),
                        "last_set",
                        "1609459200"),
                    "purpose",
                    map(
                        "value",
                        "Onboarding questions; no question is too small",
                        "creator",
                        leads.get("platform").slack(),
                        "last_set",
                        "1609459200")),
                map(
                    "id",
                    "C0GENERAL1",
                    "name",
                    "general",
                    "created",
                    "1500000000",
                    "creator",
                    colleagues.get(0).slack(),
                    "is_archived",
                    false,
                    "is_general",
                    true,
                    "members",
                    members,
                    "topic",
                    map("value", "", "creator", "", "last_set", "0"),
                    "purpose",
                    map("value", "Company-wide announcements", "creator", "", "last_set", "0")))));
    slack.sort(Comparator.comparing(Stamped::at));
    Map<String, List<Map<String, Object>>> byFile = new TreeMap<>();
    for (Stamped message : slack) {
      LocalDate day = message.at().atZone(NY).toLocalDate();
      byFile
          .computeIfAbsent(
              "logs/slack/" + message.channel() + "/" + day + ".json", k -> new ArrayList<>())
          .add(message.record());
    }
    byFile.forEach((file, messages) -> files.put(file, jsonArray(messages)));
    return files;
  }

  private Map<String, String> pullRequestLists() {
    Map<String, String> files = new TreeMap<>();
    DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    for (String team : TEAMS) {
      String repo = REPOS.get(team);
      List<Pr> list = new ArrayList<>(prs.stream().filter(p -> p.repo().equals(repo)).toList());
      list.sort(Comparator.comparing(Pr::created));
      List<Map<String, Object>> objects = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Pr pr = list.get(i);
        int number = 101 + i;
        String url = "https://api.github.com/repos/acme/" + repo + "/pulls/" + number;
        String html = "https://github.com/acme/" + repo + "/pull/" + number;
        String merged =
            pr.closedUnmerged() || pr.merged() == null
                ? null
                : utc.format(pr.merged().withZoneSameInstant(ZoneOffset.UTC));
        String closed =
            pr.merged() == null
                ? null
                : utc.format(pr.merged().withZoneSameInstant(ZoneOffset.UTC));
        Map<String, Object> user =
            map("login", pr.login(), "id", pr.userId(), "type", pr.type(), "site_admin", false);
        String created = utc.format(pr.created().withZoneSameInstant(ZoneOffset.UTC));
        if (team.equals("growth")) {
          objects.add(
              map(
                  "url",
                  "https://api.github.com/repos/acme/" + repo + "/issues/" + number,
                  "number",
                  number,
                  "title",
                  pr.title(),
                  "user",
                  user,
                  "state",
                  closed == null ? "open" : "closed",
                  "created_at",
                  created,
                  "updated_at",
                  closed == null ? created : closed,
                  "closed_at",
                  closed,
                  "pull_request",
                  map("url", url, "html_url", html, "merged_at", merged)));
        } else {
          objects.add(
              map(
                  "url",
                  url,
                  "id",
                  2_000_000_000L + number * 7919L + repo.length(),
                  "html_url",
                  html,
                  "number",
                  number,
                  "state",
                  closed == null ? "open" : "closed",
                  "title",
                  pr.title(),
                  "user",
                  user,
                  "created_at",
                  created,
                  "updated_at",
                  closed == null ? created : closed,
                  "closed_at",
                  closed,
                  "merged_at",
                  merged,
                  "draft",
                  false,
                  "base",
                  map("ref", "main"),
                  "head",
                  map("ref", pr.login().replace("[bot]", "") + "/change-" + number)));
        }
      }
      java.util.Collections.reverse(objects);
      if (team.equals("growth")) {
        files.put(
            "logs/github-prs/acme-" + repo + "-search.json",
            "{\"total_count\":"
                + objects.size()
                + ",\"incomplete_results\":false,\"items\":"
                + jsonArray(objects).strip()
                + "}\n");
      } else {
        files.put("logs/github-prs/acme-" + repo + ".json", jsonArray(objects));
      }
    }
    return files;
  }

  private String groundTruth() {
    StringBuilder out =
        new StringBuilder(
            "position,id,start_date,quarter,team,role,after_fix,"
                + "github_wait_hours,aws_wait_hours,aws_not_granted,vpn_wait_hours,google_wait_hours,"
                + "slack_help_threads,slack_helpers,events_blocked_hours,first_pr_days\n");
    for (Hire h : hires) {
      boolean notGranted = h.awsGranted == null || !h.awsGranted.isBefore(h.windowEnd);
      out.append(
              csv(
                  String.valueOf(h.position),
                  h.person().id(),
                  h.person().start().toString(),
                  "2026-Q" + h.quarter(),
                  h.person().team(),
                  h.person().role(),
                  String.valueOf(h.afterFix()),
                  hours(workingMinutes(h.windowStart, h.githubAccepted)),
                  hours(workingMinutes(h.windowStart, notGranted ? h.windowEnd : h.awsGranted)),
                  String.valueOf(notGranted),
                  h.vpnGranted == null ? "" : hours(workingMinutes(h.windowStart, h.vpnGranted)),
                  hours(workingMinutes(h.windowStart, h.googleCreated)),
                  String.valueOf(h.helpThreads),
                  String.valueOf(h.slackHelpers),
                  hours(h.blockedMinutes),
                  String.format(
                      Locale.ROOT, "%.2f", workingMinutes(h.windowStart, h.firstPr) / 480.0)))
          .append('\n');
    }
    return out.toString();
  }

  private static String hours(long minutes) {
    return String.format(Locale.ROOT, "%.2f", minutes / 60.0);
  }

  // ------------------------------------------------------------------------------------------
  // Tiny CSV and JSON writers (no library, so that this file runs on its own)

  static String csv(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      String f = fields[i] == null ? "" : fields[i];
      if (i > 0) {
        line.append(',');
      }
      if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
        line.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        line.append(f);
      }
    }
    return line.toString();
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static String jsonArray(List<? extends Map<String, Object>> objects) {
    StringBuilder out = new StringBuilder("[\n");
    for (int i = 0; i < objects.size(); i++) {
      out.append(i == 0 ? "" : ",\n").append(json(objects.get(i)));
    }
    return out.append("\n]\n").toString();
  }

  static String json(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      out.append('"');
      for (char ch : s.toCharArray()) {
        switch (ch) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\t' -> out.append("\\t");
          default -> {
            if (ch < 0x20) {
              out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
              out.append(ch);
            }
          }
        }
      }
      out.append('"');
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ",");
        write(out, String.valueOf(e.getKey()));
        out.append(':');
        write(out, e.getValue());
        first = false;
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        out.append(first ? "" : ",");
        write(out, item);
        first = false;
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
    }
  }

  // ------------------------------------------------------------------------------------------
  // The settings, plan and fixes of the sample

  private String onboardingYaml() {
    return """
        # Acme, a made-up company: 50 engineers, 40 hires in 2026. Written by
        # metrics-report/src/test/java/dev/onboardingcost/report/sample/SampleWorkspaceGenerator.java
        # (data/generate-sample.sh); edit the generator, not this file.
        currency: USD
        rates:
          default: 160                      # loaded cost per hour of an engineer at Acme
          by_role: {engineer: 150, senior: 180, staff: 210, sre: 170, ops: 110, analyst: 130}
        calendar:
          timezone: America/New_York
          workday: {start: "09:00", end: "17:00"}
          workdays: [MON, TUE, WED, THU, FRI]
          # US holidays Acme observes in 2026 (and New Year 2027, for December hires' windows)
          holidays: [%s]
        onboarding:
          window_working_days: 20
        assumptions:
          context_switch_minutes: 23        # Mark, Gudith, Klocke, CHI 2008
          blocked_fraction: 1.0
          blocked_fraction_by_system: {vpn: 0.5}
          help_minutes: 15
          provisioning_minutes_per_hire: 60 # for a hire IT logged no provisioning for
          provisioning_role: ops
        required_access: [github, aws]
        precedence: logs
        sources:
          okta:
            apps: {"GitHub Enterprise Cloud": github, "AWS IAM Identity Center": aws}
            groups: {"vpn-users": vpn}
          github_audit: {orgs: {acme: github}}
          gam: {system: google-workspace}
          jira:
            issue_types: ["Access Request"]
            requester_field: Reporter
            system_field: "Component/s"
            systems: {"GitHub": github, "AWS": aws, "VPN": vpn}
            date_format: "dd/MMM/yy h:mm a"
            timezone: America/New_York      # the IT lead who exported it works in New York
          slack: {help_channels: [help-onboarding], category: knowledge}
          github_prs: {ignore_logins: [acme-ci]}   # a machine user that GitHub reports as a User
        survey:
          identity_column: "Email Address"
          questions:
            - {column: "Hours waiting for access to GitHub", type: access_wait, system: github, unit: hours}
            - {column: "Hours waiting for access to AWS", type: access_wait, system: aws, unit: hours}
            - {column: "Hours looking for documentation", type: blocked, category: documentation, unit: hours}
            - {column: "Hours fixing your development environment", type: blocked, category: environment, unit: hours}
            - {column: "How many times did you ask a colleague for help?", type: help, category: knowledge, unit: count}
        """
        .formatted(String.join(", ", HOLIDAYS.stream().map(LocalDate::toString).toList()));
  }

  private static final String PLAN =
      """
      # Acme grows from 50 towards 100 engineers in 2027.
      current_engineers: 50
      quarters:
        - {quarter: 2027-Q1, hires: 12}
        - {quarter: 2027-Q2, hires: 14}
        - {quarter: 2027-Q3, hires: 12}
        - {quarter: 2027-Q4, hires: 12}
      simulations: 10000
      seed: 7
      alert_capacity_loss_pct: 10
      """;

  private static final String FIXES =
      """
      # Fixes for Acme's onboarding. The first went live on 2026-07-13 (live_from): the report measures
      # its effect on the hires before and after that day. The others are candidates, ranked by payback.
      fixes:
        - name: Team leads can grant GitHub access
          targets: {category: access, system: github}
          reduction: 0.9
          one_off_hours: 4
          recurring_hours_per_quarter: 0
          live_from: 2026-07-13
        - name: Golden-path setup documentation
          targets: {category: documentation}
          reduction: 0.6
          one_off_hours: 80
          recurring_hours_per_quarter: 12
        - name: Pre-built dev containers
          targets: {category: environment}
          reduction: 0.7
          one_off_hours: 60
          recurring_hours_per_quarter: 8
        - name: AWS account vending
          targets: {category: access, system: aws}
          reduction: 0.85
          one_off_cost: 24000
          recurring_hours_per_quarter: 6
        - name: Onboarding buddy rota
          targets: {category: knowledge}
          reduction: 0.3
          one_off_hours: 8
          recurring_hours_per_quarter: 40
      """;
}
