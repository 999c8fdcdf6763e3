package dev.onboardingcost.report.excel;

import dev.onboardingcost.report.Money;
import java.util.Currency;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the workbook, made once per workbook (a workbook holds at most 64,000). */
final class Styles {
  /**
   * The workbook's default style (index 0): a cell given it is written exactly as a cell without a
   * style, but POI need not look up its column's default style, which is slow in a streamed sheet.
   */
  final CellStyle plain;

  final CellStyle header;
  final CellStyle title;
  final CellStyle section;
  final CellStyle text;
  final CellStyle wrap;
  final CellStyle note;
  final CellStyle money;
  final CellStyle moneyBold;
  final CellStyle hours;
  final CellStyle decimal;
  final CellStyle fraction;
  final CellStyle integer;
  final CellStyle date;
  final CellStyle dateTime;
  final CellStyle percent;

  /** An input a reader may change (a rate, a live assumption): light yellow, unlocked. */
  final CellStyle inputMoney;

  final CellStyle inputNumber;

  /**
   * A fixed fact of this run (a setting the workbook cannot recompute): grey, locked, in grey text,
   * so it never reads as an input.
   */
  final CellStyle fixed;

  Styles(Workbook workbook, Currency currency) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 16);
    Font italic = workbook.createFont();
    italic.setItalic(true);

    plain = workbook.getCellStyleAt(0);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);

    title = workbook.createCellStyle();
    title.setFont(big);
    section = workbook.createCellStyle();
    section.setFont(bold);
    text = workbook.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    note = workbook.createCellStyle();
    note.setFont(italic);

    short moneyFormat = workbook.createDataFormat().getFormat(moneyFormat(currency));
    money = workbook.createCellStyle();
    money.setDataFormat(moneyFormat);
    moneyBold = workbook.createCellStyle();
    moneyBold.setDataFormat(moneyFormat);
    moneyBold.setFont(bold);
    hours = numberStyle(workbook, "0.00");
    decimal = numberStyle(workbook, "0.00");
    fraction = numberStyle(workbook, "0.00##");
    integer = numberStyle(workbook, "#,##0");
    date = numberStyle(workbook, "yyyy-mm-dd");
    dateTime = numberStyle(workbook, "yyyy-mm-dd hh:mm");
    percent = numberStyle(workbook, "0.00");

    inputMoney = input(workbook);
    inputMoney.setDataFormat(moneyFormat);
    inputNumber = input(workbook);
    inputNumber.setDataFormat(workbook.createDataFormat().getFormat("0.00##"));
    Font greyText = workbook.createFont();
    greyText.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
    greyText.setItalic(true);
    fixed = workbook.createCellStyle();
    fixed.setFont(greyText);
    fixed.setFillForegroundColor(IndexedColors.GREY_40_PERCENT.getIndex());
    fixed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    fixed.setLocked(true);
    fixed.setAlignment(HorizontalAlignment.LEFT);
    fixed.setWrapText(true);
    fixed.setVerticalAlignment(VerticalAlignment.TOP);
  }

  private static CellStyle input(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setLocked(false);
    return style;
  }

  private static CellStyle numberStyle(Workbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  /**
   * A number format showing {@code currency}'s symbol, thousands separators and its minor unit,
   * e.g. {@code [$$-409]#,##0.00} for US dollars.
   */
  static String moneyFormat(Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    String number = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
    String symbol = Money.symbol(currency);
    String tag;
    if ("USD".equals(currency.getCurrencyCode())) {
      tag = "[$$-409]";
    } else if (symbol.indexOf(']') < 0 && symbol.indexOf('-') < 0 && symbol.indexOf('"') < 0) {
      tag = "[$" + symbol + "]";
    } else {
      tag = "\"" + currency.getCurrencyCode() + " \"";
    }
    if (symbol.length() > 1 && Character.isLetter(symbol.charAt(symbol.length() - 1))) {
      tag = tag.startsWith("\"") ? tag : tag + "\\ ";
    }
    return tag + number + ";-" + tag + number;
  }
}
