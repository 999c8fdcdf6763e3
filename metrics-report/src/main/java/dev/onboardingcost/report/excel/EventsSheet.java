package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Timing;
import dev.onboardingcost.report.Hours;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The {@code Events} sheet: every counted cost line, with its hours as values and its rate and cost
 * as formulas over {@code Assumptions}. Rows are written in order, so the sheet streams.
 *
 * <p>When there are more lines than the sheet holds, the first lines are listed one by one and the
 * rest are merged, one row per hire, payer, type, category, system and rate, so every total stays
 * exact; a note row says how many lines were merged.
 */
final class EventsSheet {
  static final String NAME = "Events";
  static final int HIRE_NO = 0;
  static final int HIRE = 1;
  static final int PAYER = 2;
  static final int PAID_TO = 3;
  static final int TYPE = 4;
  static final int CATEGORY = 5;
  static final int SYSTEM_NO = 6;
  static final int SYSTEM = 7;
  static final int START = 8;
  static final int END = 9;
  static final int BASE_HOURS = 10;
  static final int INTERRUPTIONS = 11;
  static final int HOURS = 12;
  static final int RATE_NO = 13;
  static final int BASIS = 14;
  static final int RATE = 15;
  static final int COST = 16;
  static final int SOURCE = 17;
  static final int NOTE = 18;
  static final int ORIGIN = 19;

  private static final String[] HEADERS = {
    "Hire #",
    "Hire",
    "Payer",
    "Paid to",
    "Type",
    "Category",
    "System #",
    "System",
    "Start",
    "End",
    "Base hours",
    "Interruptions",
    "Hours",
    "Rate #",
    "Rate basis",
    "Rate per hour",
    "Cost",
    "Source",
    "Note",
    "Origin"
  };
  private static final int[] WIDTHS = {
    7, 12, 10, 14, 14, 14, 8, 14, 17, 17, 10, 12, 10, 7, 16, 12, 13, 12, 30, 30
  };

  private final Styles styles;
  private final ZoneId zone;
  private final BigDecimal refocusMinutes;
  private final RateTable rates;
  private final Map<String, Integer> systemNumbers;
  private final int rowLimit;

  EventsSheet(
      Styles styles,
      ZoneId zone,
      BigDecimal refocusMinutes,
      RateTable rates,
      Map<String, Integer> systemNumbers,
      int rowLimit) {
    this.styles = styles;
    this.zone = zone;
    this.refocusMinutes = refocusMinutes;
    this.rates = rates;
    this.systemNumbers = systemNumbers;
    this.rowLimit = rowLimit;
  }

  /** Writes the sheet; returns how many cost lines had to be merged (0 when all are listed). */
  long write(Sheet sheet, List<HireCost> hires) {
    Headers.write(sheet, styles, HEADERS, WIDTHS);
    long lineCount = hires.stream().mapToLong(h -> h.lines().size()).sum();
    long listed = lineCount;
    if (lineCount > rowLimit - 1L) {
      int groups = groupsOf(hires, 0).size();
      // header + note row + the merged rows
      listed = Math.max(0, rowLimit - 2L - groups);
    }
    int rowIndex = 1;
    long index = 0;
    int hireNo = 0;
    for (HireCost hire : hires) {
      hireNo++;
      for (CostLine line : hire.lines()) {
        if (index++ >= listed) {
          break;
        }
        writeLine(sheet.createRow(rowIndex++), hireNo, hire, line);
      }
    }
    long merged = lineCount - listed;
    if (merged > 0) {
      Map<GroupKey, Group> groups = groupsOf(hires, listed);
      long written = 0;
      for (Map.Entry<GroupKey, Group> entry : groups.entrySet()) {
        if (rowIndex >= rowLimit - 1) {
          break;
        }
        writeGroup(sheet.createRow(rowIndex++), entry.getKey(), entry.getValue());
        written += entry.getValue().lines;
      }
      Row note = sheet.createRow(rowIndex);
      String text =
          "The sheet holds "
              + (rowLimit - 1)
              + " rows: "
              + listed
              + " of "
              + lineCount
              + " cost lines are listed one by one, "
              + written
              + " more are merged in the rows marked (merged) above";
      if (written < merged) {
        text += ", and " + (merged - written) + " are left out (totals here miss them)";
      }
      Cells.text(note, HIRE, text + ".", styles.note);
    }
    sheet.createFreezePane(2, 1);
    sheet.setAutoFilter(
        new org.apache.poi.ss.util.CellRangeAddress(
            0, Math.max(0, rowIndex - 1), 0, HEADERS.length - 1));
    return merged;
  }

  private void writeLine(Row row, int hireNo, HireCost hire, CostLine line) {
    BigDecimal interruptions = interruptionsOf(line);
    writeCommon(row, hireNo, hire.hire().id(), line);
    Cells.text(
        row, TYPE, line.event().map(OnboardingEvent::type).orElse("provisioning"), styles.plain);
    Optional<Timing> timing = line.event().map(OnboardingEvent::timing);
    timing.flatMap(Timing::start).ifPresent(t -> dateTime(row, START, t));
    timing.flatMap(Timing::end).ifPresent(t -> dateTime(row, END, t));
    if (line.event().isEmpty()) {
      Cells.formula(
          row, BASE_HOURS, "ProvisioningMinutes/60", Hours.ofMinutes(line.minutes()), styles.hours);
    } else {
      BigDecimal base = line.minutes().subtract(interruptions.multiply(refocusMinutes));
      Cells.number(row, BASE_HOURS, Hours.ofMinutes(base), styles.hours);
    }
    Cells.number(row, INTERRUPTIONS, interruptions, styles.fraction);
    writeMoney(row, line.minutes(), line.payer().rate().perHour(), line.cost());
    line.event()
        .ifPresentOrElse(
            event -> {
              Cells.text(row, SOURCE, event.source().name(), styles.plain);
              Cells.text(row, NOTE, event.provenance().note(), styles.plain);
              Cells.text(row, ORIGIN, event.provenance().ref().toString(), styles.plain);
            },
            () -> {
              Cells.text(row, SOURCE, "(assumption)", styles.plain);
              Cells.text(
                  row,
                  NOTE,
                  "no provisioning event: provisioning_minutes_per_hire at the provisioning_role"
                      + " rate",
                  styles.plain);
              Cells.text(row, ORIGIN, "onboarding.yaml", styles.plain);
            });
  }

  private void writeGroup(Row row, GroupKey key, Group group) {
    writeCommon(row, key.hireNo, key.hire, group.first);
    Cells.text(row, TYPE, key.type + " (merged)", styles.plain);
    if (key.derived) {
      Cells.formula(
          row,
          BASE_HOURS,
          group.lines + "*ProvisioningMinutes/60",
          Hours.ofMinutes(group.minutes),
          styles.hours);
    } else {
      BigDecimal base = group.minutes.subtract(group.interruptions.multiply(refocusMinutes));
      Cells.number(row, BASE_HOURS, Hours.ofMinutes(base), styles.hours);
    }
    Cells.number(row, INTERRUPTIONS, group.interruptions, styles.fraction);
    writeMoney(row, group.minutes, group.first.payer().rate().perHour(), group.cost);
    Cells.text(row, SOURCE, "(merged)", styles.plain);
    Cells.text(row, NOTE, group.lines + " cost lines merged: the sheet is full", styles.plain);
  }

  private void writeCommon(Row row, int hireNo, PersonId hire, CostLine line) {
    Cells.number(row, HIRE_NO, hireNo, styles.integer);
    Cells.text(row, HIRE, hire.value(), styles.plain);
    Cells.text(row, PAYER, line.payer().isHire() ? "hire" : "colleague", styles.plain);
    Cells.text(row, PAID_TO, paidTo(line), styles.plain);
    Cells.text(row, CATEGORY, line.category().key(), styles.plain);
    line.system()
        .ifPresent(
            system -> {
              Cells.number(row, SYSTEM_NO, systemNumbers.get(system), styles.integer);
              Cells.text(row, SYSTEM, system, styles.plain);
            });
    Cells.number(row, RATE_NO, rates.numberOf(line.payer().basis()), styles.integer);
    Cells.text(row, BASIS, line.payer().basis().toString(), styles.plain);
  }

  private void writeMoney(Row row, BigDecimal minutes, BigDecimal rate, BigDecimal cost) {
    int r = row.getRowNum() + 1;
    String base = Cells.column(BASE_HOURS) + r;
    String count = Cells.column(INTERRUPTIONS) + r;
    Cells.formula(
        row,
        HOURS,
        base + "+" + count + "*RefocusMinutes/60",
        Hours.ofMinutes(minutes),
        styles.hours);
    Cells.formula(
        row, RATE, "INDEX(RateValues," + Cells.column(RATE_NO) + r + ")", rate, styles.money);
    Cells.formula(
        row, COST, Cells.column(HOURS) + r + "*" + Cells.column(RATE) + r, cost, styles.money);
  }

  private void dateTime(Row row, int col, Instant instant) {
    Cells.dateTime(row, col, LocalDateTime.ofInstant(instant, zone), styles.dateTime);
  }

  private static String paidTo(CostLine line) {
    if (line.payer().person().isPresent()) {
      return line.payer().person().get().value();
    }
    return line.event().isPresent() ? "(unnamed colleague)" : "(provisioning role)";
  }

  private static BigDecimal interruptionsOf(CostLine line) {
    return line.event()
        .filter(Help.class::isInstance)
        .map(e -> ((Help) e).count())
        .orElse(BigDecimal.ZERO);
  }

  private Map<GroupKey, Group> groupsOf(List<HireCost> hires, long skip) {
    Map<GroupKey, Group> groups = new LinkedHashMap<>();
    long index = 0;
    int hireNo = 0;
    for (HireCost hire : hires) {
      hireNo++;
      for (CostLine line : hire.lines()) {
        if (index++ < skip) {
          continue;
        }
        GroupKey key =
            new GroupKey(
                hireNo,
                hire.hire().id(),
                line.payer().kind(),
                line.payer().person(),
                line.event().map(OnboardingEvent::type).orElse("provisioning"),
                line.category(),
                line.system(),
                line.payer().basis(),
                line.event().isEmpty());
        groups.computeIfAbsent(key, k -> new Group(line)).add(line, interruptionsOf(line));
      }
    }
    return groups;
  }

  private record GroupKey(
      int hireNo,
      PersonId hire,
      dev.onboardingcost.core.cost.Payer.Kind kind,
      Optional<PersonId> person,
      String type,
      dev.onboardingcost.core.model.Category category,
      Optional<String> system,
      dev.onboardingcost.core.model.RateBasis basis,
      boolean derived) {}

  private static final class Group {
    final CostLine first;
    long lines;
    BigDecimal minutes = BigDecimal.ZERO;
    BigDecimal interruptions = BigDecimal.ZERO;
    BigDecimal cost = BigDecimal.ZERO;

    Group(CostLine first) {
      this.first = first;
    }

    void add(CostLine line, BigDecimal count) {
      lines++;
      minutes = minutes.add(line.minutes());
      interruptions = interruptions.add(count);
      cost = cost.add(line.cost());
    }
  }
}
