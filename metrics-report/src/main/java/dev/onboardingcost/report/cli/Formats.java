package dev.onboardingcost.report.cli;

import dev.onboardingcost.core.model.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How figures look in terminal tables: currency with thousands separators, "-" when missing. */
final class Formats {
  private final Currency currency;

  Formats(Currency currency) {
    this.currency = currency;
  }

  String money(Optional<BigDecimal> amount) {
    return amount.map(this::money).orElse("-");
  }

  String money(BigDecimal amount) {
    BigDecimal rounded = Rounding.money(amount, currency);
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    format.setMinimumFractionDigits(rounded.scale());
    format.setMaximumFractionDigits(rounded.scale());
    String symbol = currency.getSymbol(Locale.US);
    String sign = rounded.signum() < 0 ? "-" : "";
    return sign + symbol + (symbol.length() > 1 ? " " : "") + format.format(rounded.abs());
  }

  static String percent(Optional<BigDecimal> value) {
    return value.map(v -> v.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%").orElse("-");
  }

  static String ratio(OptionalDouble value) {
    if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
      return "-";
    }
    return BigDecimal.valueOf(value.getAsDouble())
        .setScale(4, RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
