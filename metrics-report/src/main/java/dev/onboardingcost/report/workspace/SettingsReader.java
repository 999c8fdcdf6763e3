package dev.onboardingcost.report.workspace;

import dev.onboardingcost.core.cost.Assumptions;
import dev.onboardingcost.core.cost.CostSettings;
import dev.onboardingcost.core.cost.Precedence;
import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.core.time.WorkCalendar;
import dev.onboardingcost.report.source.access.NotGrantedRule;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code onboarding.yaml} (the README's workspace section). Every key but {@code currency}
 * and {@code rates.default} has the default the README shows; an unknown key, an unknown time zone,
 * a negative rate or a malformed value is a {@link ConfigException} naming the file and the key.
 */
public final class SettingsReader {
  /** The settings file's name in a workspace. */
  public static final String FILE = "onboarding.yaml";

  private static final Map<String, HourlyRate> DEFAULT_ROLE_RATES =
      Map.of("ops", HourlyRate.of("150"));
  private static final List<String> DEFAULT_REQUIRED_ACCESS = List.of("github", "aws");
  private static final Set<LocalDate> DEFAULT_HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25));

  private SettingsReader() {}

  /** Reads {@code workspace/onboarding.yaml}. */
  public static Settings read(Path workspace) {
    Path file = WorkspaceFiles.requiredConfigFile(workspace, FILE);
    return parse(new SettingsNode(FILE, YamlFiles.read(file, FILE)));
  }

  /** Reads settings from a parsed tree. */
  public static Settings parse(SettingsNode root) {
    if (root.isAbsent()) {
      throw root.error("the file is empty; it needs at least currency and rates.default");
    }
    root.allowOnly(
        "currency",
        "rates",
        "calendar",
        "onboarding",
        "assumptions",
        "required_access",
        "precedence",
        "not_granted",
        "sources",
        "survey",
        "collect");
    Currency currency =
        root.get("currency")
            .parse(SettingsReader::currency, "an ISO 4217 currency code like USD")
            .orElseThrow(() -> root.get("currency").error("is required, e.g. USD"));
    Rates rates = rates(root.get("rates"));
    WorkCalendar calendar = calendar(root.get("calendar"));
    SettingsNode onboarding = root.get("onboarding").allowOnly("window_working_days");
    int windowDays = onboarding.get("window_working_days").integer(20, 1, 260);
    Assumptions assumptions = assumptions(root.get("assumptions"));
    List<String> required = new ArrayList<>();
    for (String system : root.get("required_access").texts(DEFAULT_REQUIRED_ACCESS)) {
      if (system.isBlank()) {
        throw root.get("required_access").error("must not hold an empty system name");
      }
      required.add(AccessWait.normaliseSystem(system));
    }
    Precedence precedence =
        root.get("precedence")
            .parse(Precedence::parse, "logs, survey or sum")
            .orElse(Precedence.LOGS);
    CostSettings cost =
        new CostSettings(currency, rates, calendar, windowDays, assumptions, precedence);
    return new Settings(
        cost,
        List.copyOf(new LinkedHashSet<>(required)),
        SourceMappingsReader.read(root.get("sources")),
        SurveyMappingReader.read(root.get("survey")),
        CollectSettingsReader.read(root.get("collect")),
        root.get("not_granted")
            .parse(NotGrantedRule::parse, "flag or charge")
            .orElse(NotGrantedRule.FLAG));
  }

  private static Currency currency(String code) {
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(code);
    }
    return Currency.getInstance(code);
  }

  private static Rates rates(SettingsNode node) {
    node.allowOnly("default", "by_role");
    if (node.isAbsent()) {
      throw node.get("default").error("is required, e.g. 200 (loaded cost per hour)");
    }
    HourlyRate defaultRate = new HourlyRate(rate(node.get("default"), true));
    Map<String, HourlyRate> byRole =
        node.get("by_role").map(DEFAULT_ROLE_RATES, child -> new HourlyRate(rate(child, true)));
    return new Rates(defaultRate, byRole);
  }

  private static BigDecimal rate(SettingsNode node, boolean required) {
    BigDecimal value = required ? node.requiredDecimal() : node.decimal(BigDecimal.ZERO);
    if (value.signum() < 0) {
      throw node.error("a rate must not be negative, got " + value.toPlainString());
    }
    return value;
  }

  private static WorkCalendar calendar(SettingsNode node) {
    node.allowOnly("timezone", "workday", "workdays", "holidays");
    ZoneId zone =
        node.get("timezone")
            .parse(ZoneId::of, "an IANA time zone like America/New_York")
            .orElse(ZoneId.of("America/New_York"));
    SettingsNode workday = node.get("workday").allowOnly("start", "end");
    LocalTime start = time(workday.get("start"), LocalTime.of(9, 0));
    LocalTime end = time(workday.get("end"), LocalTime.of(17, 0));
    if (!end.isAfter(start)) {
      throw workday.get("end").error("must be after workday.start (" + start + "), got " + end);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    SettingsNode workdays = node.get("workdays");
    if (workdays.isAbsent()) {
      days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    } else {
      for (SettingsNode day : workdays.elements()) {
        days.add(
            day.parse(SettingsReader::dayOfWeek, "a day like MON")
                .orElseThrow(() -> day.error("expected a day like MON")));
      }
      if (days.isEmpty()) {
        throw workdays.error("needs at least one day, e.g. [MON, TUE, WED, THU, FRI]");
      }
    }
    Set<LocalDate> holidays;
    SettingsNode holidayNode = node.get("holidays");
    if (holidayNode.isAbsent()) {
      holidays = DEFAULT_HOLIDAYS;
    } else {
      holidays = new java.util.TreeSet<>();
      for (SettingsNode day : holidayNode.elements()) {
        holidays.add(
            day.parse(
                    Timestamps::parseDate, "an ISO date like 2026-12-25 in the years 1900 to 2200")
                .orElseThrow(() -> day.error("expected an ISO date like 2026-12-25")));
      }
    }
    return new WorkCalendar(zone, start, end, days, holidays);
  }

  private static LocalTime time(SettingsNode node, LocalTime fallback) {
    return node.parse(
            text -> LocalTime.parse(text.length() == 4 ? "0" + text : text),
            "a time like \"09:00\"")
        .orElse(fallback);
  }

  private static DayOfWeek dayOfWeek(String text) {
    String key = text.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(key) || day.name().substring(0, 3).equals(key)) {
        return day;
      }
    }
    throw new IllegalArgumentException(text);
  }

  private static Assumptions assumptions(SettingsNode node) {
    node.allowOnly(
        "context_switch_minutes",
        "blocked_fraction",
        "blocked_fraction_by_system",
        "help_minutes",
        "provisioning_minutes_per_hire",
        "provisioning_role");
    Assumptions d = Assumptions.DEFAULTS;
    Map<String, BigDecimal> bySystem =
        node.get("blocked_fraction_by_system")
            .map(d.blockedFractionBySystem(), SettingsReader::fraction);
    return new Assumptions(
        node.get("context_switch_minutes").nonNegative(d.contextSwitchMinutes()),
        node.get("blocked_fraction").isAbsent()
            ? d.blockedFraction()
            : fraction(node.get("blocked_fraction")),
        new TreeMap<>(bySystem),
        node.get("help_minutes").nonNegative(d.helpMinutes()),
        node.get("provisioning_minutes_per_hire").nonNegative(d.provisioningMinutesPerHire()),
        node.get("provisioning_role").text(d.provisioningRole()));
  }

  private static BigDecimal fraction(SettingsNode node) {
    BigDecimal value = node.requiredDecimal();
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw node.error("expected a fraction from 0 to 1 like 0.5, got " + value.toPlainString());
    }
    return value;
  }

  /** Reads {@code sources:}. */
  static final class SourceMappingsReader {
    private SourceMappingsReader() {}

    static SourceMappings read(SettingsNode node) {
      node.allowOnly("okta", "github_audit", "gam", "jira", "slack", "github_prs");
      SourceMappings d = SourceMappings.DEFAULTS;
      SettingsNode okta = node.get("okta").allowOnly("apps", "groups");
      SettingsNode github = node.get("github_audit").allowOnly("orgs");
      SettingsNode gam = node.get("gam").allowOnly("system");
      SettingsNode jira =
          node.get("jira")
              .allowOnly(
                  "issue_types",
                  "request_types",
                  "requester_field",
                  "system_field",
                  "systems",
                  "date_format",
                  "timezone");
      SettingsNode slack = node.get("slack").allowOnly("help_channels", "category");
      SettingsNode prs = node.get("github_prs").allowOnly("ignore_logins");
      return new SourceMappings(
          new SourceMappings.Okta(
              systems(okta.get("apps"), d.okta().apps()),
              systems(okta.get("groups"), d.okta().groups())),
          new SourceMappings.GithubAudit(systems(github.get("orgs"), d.githubAudit().orgs())),
          new SourceMappings.Gam(
              AccessWait.normaliseSystem(gam.get("system").text(d.gam().system()))),
          new SourceMappings.Jira(
              jira.get("issue_types").texts(d.jira().issueTypes()),
              jira.get("request_types").texts(d.jira().requestTypes()),
              jira.get("requester_field").text(d.jira().requesterField()),
              jira.get("system_field").text(d.jira().systemField()),
              systems(jira.get("systems"), d.jira().systems()),
              jira.get("date_format")
                  .parse(SourceMappingsReader::datePattern, "a date pattern like dd/MMM/yy h:mm a")
                  .orElse(d.jira().dateFormat()),
              jira.get("timezone")
                  .parse(ZoneId::of, "an IANA time zone like UTC")
                  .orElse(d.jira().timezone())),
          new SourceMappings.Slack(
              helpChannels(slack.get("help_channels"), d.slack().helpChannels()),
              slack
                  .get("category")
                  .parse(Category::parse, "a category like knowledge")
                  .orElse(d.slack().category())),
          new SourceMappings.GithubPrs(
              prs.get("ignore_logins").texts(d.githubPrs().ignoreLogins())));
    }

    /**
     * Channel folders of logs/slack: names, never paths, so that no setting leaves the workspace.
     */
    private static List<String> helpChannels(SettingsNode node, List<String> fallback) {
      List<String> channels = new ArrayList<>();
      for (String channel : node.texts(fallback)) {
        String name = channel.startsWith("#") ? channel.substring(1) : channel;
        try {
          channels.add(WorkspaceFiles.requireFolderName(name, "help-onboarding"));
        } catch (IllegalArgumentException e) {
          throw node.error(e.getMessage());
        }
      }
      return List.copyOf(channels);
    }

    private static Map<String, String> systems(SettingsNode node, Map<String, String> fallback) {
      return node.map(
          fallback,
          child -> AccessWait.normaliseSystem(child.requiredText("a system name like github")));
    }

    private static String datePattern(String pattern) {
      DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
      return pattern;
    }
  }

  /** Reads {@code survey:}. */
  static final class SurveyMappingReader {
    private SurveyMappingReader() {}

    static SurveyMapping read(SettingsNode node) {
      if (node.isAbsent()) {
        return SurveyMapping.DEFAULT;
      }
      node.allowOnly("identity_column", "questions");
      String identity = node.get("identity_column").text(SurveyMapping.DEFAULT.identityColumn());
      List<SurveyMapping.Question> questions = new ArrayList<>();
      for (SettingsNode q : node.get("questions").elements()) {
        q.allowOnly("column", "type", "system", "category", "unit");
        SurveyMapping.Type type =
            q.get("type")
                .parse(SurveyMapping.Type::parse, "access_wait, blocked or help")
                .orElseThrow(
                    () -> q.get("type").error("is required: access_wait, blocked or help"));
        Optional<Category> category =
            q.get("category").parse(Category::parse, "a category like documentation");
        SurveyMapping.Unit unit =
            q.get("unit")
                .parse(SurveyMapping.Unit::parse, "hours, minutes or count")
                .orElse(SurveyMapping.Unit.HOURS);
        Optional<String> system =
            q.get("system").isAbsent()
                ? Optional.empty()
                : Optional.of(AccessWait.normaliseSystem(q.get("system").text("")));
        try {
          questions.add(
              new SurveyMapping.Question(
                  q.get("column").requiredText("\"Hours waiting for access to GitHub\""),
                  type,
                  system,
                  type == SurveyMapping.Type.ACCESS_WAIT ? Optional.empty() : category,
                  unit));
        } catch (IllegalArgumentException e) {
          throw q.error(e.getMessage());
        }
      }
      return new SurveyMapping(identity, questions);
    }
  }
}
