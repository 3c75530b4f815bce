package org.citegraph.internal.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;

/**
 * arXiv id checks shared by the delimited readers: the month an id was assigned, and the repair of new-style ids
 * that passed through a floating-point number on their way into a spreadsheet or data frame.
 */
public final class ArxivIds {
  private ArxivIds() {}

  /** What became of one arXiv id. */
  public record Outcome(Optional<PaperId> id, Optional<String> issue) {
    static Outcome valid(PaperId id) {
      return new Outcome(Optional.of(id), Optional.empty());
    }

    static Outcome repaired(PaperId id, String message) {
      return new Outcome(Optional.of(id), Optional.of(message));
    }

    static Outcome dropped(String message) {
      return new Outcome(Optional.empty(), Optional.of(message));
    }
  }

  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{4})\\.(\\d{4,5})");
  private static final Pattern OLD_STYLE = Pattern.compile("[a-z-]+(?:\\.[A-Z]{2})?/(\\d{2})(\\d{2})\\d{3}");
  private static final Pattern FLOAT = Pattern.compile("(\\d{3,4})\\.(\\d+)");
  private static final Pattern VERSION = Pattern.compile("v\\d+$");

  /** The number of digits after the dot of new-style ids assigned in month {@code yymm}: 4 before 1501, else 5. */
  public static int digits(String yymm) {
    return yymm.compareTo("1501") >= 0 ? 5 : 4;
  }

  /** The month an arXiv id was assigned (from its YYMM), if the id has the new or old form. */
  public static Optional<PubDate> month(PaperId id) {
    Matcher n = NEW_STYLE.matcher(id.value());
    Matcher o = OLD_STYLE.matcher(id.value());
    String yy;
    String mm;
    if (n.matches()) {
      yy = n.group(1).substring(0, 2);
      mm = n.group(1).substring(2);
    } else if (o.matches()) {
      yy = o.group(1);
      mm = o.group(2);
    } else {
      return Optional.empty();
    }
    int y = Integer.parseInt(yy);
    int m = Integer.parseInt(mm);
    if (m < 1 || m > 12) {
      return Optional.empty();
    }
    return Optional.of(PubDate.ofMonth(y >= 91 ? 1900 + y : 2000 + y, m));
  }

  /**
   * Checks an arXiv id as written, optionally repairing float damage.
   *
   * <p>Without repair, the id must be a valid arXiv id (a version suffix and {@code arXiv:} prefix are removed).
   * With repair, a new-style id whose digits do not fit its month is read as a float: a 3-digit prefix gets its
   * leading zero back ({@code 903.3451} is 0903.3451), lost trailing zeros are restored to the 4 digits (before
   * 2015-01) or 5 digits (from 2015-01) of that month ({@code 1806.1023} is 1806.10230), and float noise is rounded
   * away ({@code 1703.0481300000001} is 1703.04813). The repair is made only when the record's creation date
   * confirms the month: the id's YYMM must be the creation month or the month after it (papers submitted at the
   * end of a month get the next month's id). Otherwise, or when the digits are not float noise, the id is dropped.
   *
   * @param raw the id as written
   * @param created the record's creation date, if known
   * @param repair whether to repair float damage
   * @return the id, with a message when it was repaired or dropped
   */
  public static Outcome check(String raw, Optional<PubDate> created, boolean repair) {
    String v = raw.trim();
    if (v.regionMatches(true, 0, "arxiv:", 0, 6)) {
      v = v.substring(6);
    }
    v = VERSION.matcher(v).replaceFirst("");
    Matcher n = NEW_STYLE.matcher(v);
    boolean fits = n.matches() && n.group(2).length() == digits(n.group(1));
    if (n.matches()) {
      int month = Integer.parseInt(n.group(1).substring(2));
      if (month < 1 || month > 12 || n.group(1).compareTo("0704") < 0) {
        return Outcome.dropped("arXiv id '" + raw + "' left out: " + n.group(1) + " is not a month of new-style "
            + "arXiv ids (expected YYMM from 0704)");
      }
    }
    if (!repair || fits || OLD_STYLE.matcher(v).matches()) {
      try {
        return Outcome.valid(PaperId.arxiv(v));
      } catch (IllegalArgumentException e) {
        return Outcome.dropped("arXiv id '" + raw + "' left out: not an arXiv id (expected e.g. 1703.04813 or "
            + "hep-th/9901001)");
      }
    }
    Matcher f = FLOAT.matcher(v);
    if (!f.matches()) {
      return Outcome.dropped("arXiv id '" + raw + "' left out: not an arXiv id, even read as a float (expected e.g."
          + " 1703.04813, 903.3451 or 1703.0481300000001)");
    }
    String yymm = f.group(1).length() == 3 ? "0" + f.group(1) : f.group(1);
    int mm = Integer.parseInt(yymm.substring(2));
    if (mm < 1 || mm > 12 || yymm.compareTo("0704") < 0) {
      return Outcome.dropped("arXiv id '" + raw + "' left out: " + yymm + " is not a month of new-style arXiv ids "
          + "(expected YYMM from 0704)");
    }
    int digits = digits(yymm);
    String frac = f.group(2);
    String number;
    if (frac.length() <= digits) {
      number = frac + "0".repeat(digits - frac.length());
    } else {
      BigDecimal exact = new BigDecimal("0." + frac);
      BigDecimal rounded = exact.setScale(digits, RoundingMode.HALF_UP);
      if (exact.subtract(rounded).abs().compareTo(new BigDecimal("1e-9")) > 0
          || rounded.compareTo(BigDecimal.ONE) >= 0) {
        return Outcome.dropped("arXiv id '" + raw + "' left out: ambiguous, " + frac.length() + " digits after the "
            + "dot are neither the " + digits + " of month " + yymm + " nor float noise around them");
      }
      number = rounded.toPlainString().substring(2);
    }
    String repaired = yymm + "." + number;
    if (created.isEmpty()) {
      return Outcome.dropped("arXiv id '" + raw + "' left out: ambiguous, it looks float-damaged (" + repaired
          + "?) but the record has no creation date to confirm the month");
    }
    PubDate c = created.get();
    int idMonth = (2000 + Integer.parseInt(yymm.substring(0, 2))) * 12 + mm - 1;
    int createdMonth = c.year() * 12 + c.month() - 1;
    if (idMonth != createdMonth && idMonth != createdMonth + 1) {
      return Outcome.dropped("arXiv id '" + raw + "' left out: ambiguous, it looks float-damaged (" + repaired
          + "?) but the creation date " + c + " does not confirm month " + yymm + " (expected the creation month "
          + "or the month after it)");
    }
    return Outcome.repaired(PaperId.arxiv(repaired), "arXiv id '" + raw + "' repaired to " + repaired + " (it had "
        + "passed through a float; ids of " + yymm + " have " + digits + " digits after the dot; creation date " + c
        + ")");
  }
}
