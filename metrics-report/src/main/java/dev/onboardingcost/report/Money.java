package dev.onboardingcost.report;

import dev.onboardingcost.core.model.Rounding;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/**
 * Money as people read it: the currency's symbol, thousands separators, and the amount in whole
 * units, rounded from the figure {@link Rounding#money} gives (so {@code $38,233} is the {@code
 * 38232.83} of summary.json).
 */
public final class Money {
  private Money() {}

  /** The symbol of {@code currency} as shown in English, e.g. {@code $}, {@code €}, {@code CHF}. */
  public static String symbol(Currency currency) {
    return currency.getSymbol(Locale.US);
  }

  /**
   * {@code amount} in whole units, with symbol and separators: {@code $1,235}. It rounds the figure
   * summary.json shows (to the minor unit) half-even, so that 549.50 there is $550 here.
   */
  public static String whole(BigDecimal amount, Currency currency) {
    BigDecimal rounded =
        Rounding.money(amount, currency).setScale(0, java.math.RoundingMode.HALF_EVEN);
    return sign(rounded) + prefix(currency) + grouped(rounded.abs());
  }

  private static String prefix(Currency currency) {
    String symbol = symbol(currency);
    return symbol.length() > 1 && Character.isLetter(symbol.charAt(symbol.length() - 1))
        ? symbol + " "
        : symbol;
  }

  private static String sign(BigDecimal amount) {
    return amount.signum() < 0 ? "-" : "";
  }

  private static String grouped(BigDecimal wholeUnits) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US))
        .format(wholeUnits);
  }
}
