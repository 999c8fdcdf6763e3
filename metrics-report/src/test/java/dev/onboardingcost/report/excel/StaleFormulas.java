package dev.onboardingcost.report.excel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefPtg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The formula cells that cannot follow a change of rates: those reading, directly or through other
 * formulas, a plain number that differs between two runs' workbooks of the same workspace (a figure
 * of this run written as a value although a rate moves it). For tests.
 */
final class StaleFormulas {
  private StaleFormulas() {}

  /** A cell as {@code Sheet!A1}. */
  static String name(Cell cell) {
    return cell.getSheet().getSheetName()
        + "!"
        + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
  }

  /**
   * The formula cells of {@code after} (as {@code Sheet!A1}) over values that differ from {@code
   * before}; both are workbooks of the same workspace, run with different rates. The rates on
   * {@code Assumptions} are the inputs themselves, not values of this run.
   */
  static Set<String> of(XSSFWorkbook before, XSSFWorkbook after) {
    List<Area> stale = new ArrayList<>();
    Map<Cell, List<Area>> formulas = new LinkedHashMap<>();
    XSSFEvaluationWorkbook evaluation = XSSFEvaluationWorkbook.create(after);
    for (Sheet sheet : after) {
      Sheet old = before.getSheet(sheet.getSheetName());
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            formulas.put(cell, reads(evaluation, after, cell));
          } else if (cell.getCellType() == CellType.NUMERIC
              && !sheet.getSheetName().equals(AssumptionsSheet.NAME)
              && moved(old, cell)) {
            stale.add(Area.of(cell));
          }
        }
      }
    }
    Set<String> found = new HashSet<>();
    boolean grew = !stale.isEmpty();
    while (grew) {
      grew = false;
      for (Iterator<Map.Entry<Cell, List<Area>>> it = formulas.entrySet().iterator();
          it.hasNext(); ) {
        Map.Entry<Cell, List<Area>> formula = it.next();
        if (formula.getValue().stream().anyMatch(read -> read.meetsAny(stale))) {
          stale.add(Area.of(formula.getKey()));
          found.add(name(formula.getKey()));
          it.remove();
          grew = true;
        }
      }
    }
    return found;
  }

  private static boolean moved(Sheet old, Cell cell) {
    Row row = old == null ? null : old.getRow(cell.getRowIndex());
    Cell was = row == null ? null : row.getCell(cell.getColumnIndex());
    return was == null
        || was.getCellType() != CellType.NUMERIC
        || was.getNumericCellValue() != cell.getNumericCellValue();
  }

  /** The cells and ranges {@code cell}'s formula refers to (names are left out). */
  private static List<Area> reads(
      XSSFEvaluationWorkbook evaluation, XSSFWorkbook workbook, Cell cell) {
    String sheet = cell.getSheet().getSheetName();
    Ptg[] tokens =
        FormulaParser.parse(
            cell.getCellFormula(), evaluation, FormulaType.CELL, workbook.getSheetIndex(sheet));
    List<Area> reads = new ArrayList<>();
    for (Ptg token : tokens) {
      if (token instanceof Ref3DPxg ref) {
        reads.add(
            new Area(
                ref.getSheetName(), ref.getRow(), ref.getRow(), ref.getColumn(), ref.getColumn()));
      } else if (token instanceof Area3DPxg area) {
        reads.add(
            new Area(
                area.getSheetName(),
                area.getFirstRow(),
                area.getLastRow(),
                area.getFirstColumn(),
                area.getLastColumn()));
      } else if (token instanceof RefPtg ref) {
        reads.add(new Area(sheet, ref.getRow(), ref.getRow(), ref.getColumn(), ref.getColumn()));
      } else if (token instanceof AreaPtg area) {
        reads.add(
            new Area(
                sheet,
                area.getFirstRow(),
                area.getLastRow(),
                area.getFirstColumn(),
                area.getLastColumn()));
      }
    }
    return reads;
  }

  private record Area(String sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
    static Area of(Cell cell) {
      return new Area(
          cell.getSheet().getSheetName(),
          cell.getRowIndex(),
          cell.getRowIndex(),
          cell.getColumnIndex(),
          cell.getColumnIndex());
    }

    boolean meetsAny(List<Area> others) {
      for (Area o : others) {
        if (o.sheet.equals(sheet)
            && o.firstRow <= lastRow
            && firstRow <= o.lastRow
            && o.firstCol <= lastCol
            && firstCol <= o.lastCol) {
          return true;
        }
      }
      return false;
    }
  }
}
