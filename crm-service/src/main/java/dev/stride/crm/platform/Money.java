package dev.stride.crm.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Amounts in an ISO 4217 currency: stored with four decimals, accepted and shown at the currency's minor unit
 * (JPY 1200000, USD 12.50).
 */
public final class Money {

    private Money() {
    }

    /** 400 naming {@code field} when the amount has more decimals than the currency has. */
    public static void requireMinorUnit(String field, BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
            throw new ProblemException.InvalidField(field, currency + " amounts take at most " + digits
                    + " decimal places" + (digits == 0 ? " (whole units only)" : ""));
        }
    }

    /** The amount at the currency's minor unit; only trailing zeros are ever removed. */
    public static BigDecimal atMinorUnit(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (digits >= 0 && amount.stripTrailingZeros().scale() <= digits) {
            return amount.setScale(digits, RoundingMode.UNNECESSARY);
        }
        return amount;
    }
}
