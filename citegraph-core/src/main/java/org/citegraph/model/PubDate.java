package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A publication date known to a precision of a day, a month or a year. Unknown parts are stored as 1 so that
 * dates sort; {@link #toString()} prints only the known parts ({@code 2017}, {@code 2017-03}, {@code 2017-03-14}).
 *
 * @param year the year
 * @param month the month, 1 when only the year is known
 * @param day the day, 1 when only the year or month is known
 * @param precision how much of the date is known
 */
public record PubDate(int year, int month, int day, Precision precision) implements Comparable<PubDate> {

  /** How much of a date is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** Year and month. */
    MONTH,
    /** The full date. */
    DAY
  }

  private static final Comparator<PubDate> ORDER = Comparator.comparingInt(PubDate::year)
      .thenComparingInt(PubDate::month).thenComparingInt(PubDate::day).thenComparing(PubDate::precision);

  /**
   * Validates the date.
   *
   * @param year the year, four digits (1000 to 9999)
   * @param month the month, 1 to 12; 1 when only the year is known
   * @param day the day, valid for the month; 1 when only the year or month is known
   * @param precision how much of the date is known
   * @throws IllegalArgumentException if the year is not four digits, or a part beyond the precision is not 1
   * @throws java.time.DateTimeException if month or day is out of range (the message names the field)
   * @throws NullPointerException if {@code precision} is null
   */
  public PubDate {
    checkNotNull(precision, "precision");
    checkArgument(year >= 1000 && year <= 9999, "Year %s is out of range (expected four digits)", year);
    LocalDate.of(year, month, day); // throws DateTimeException with the bad field named
    checkArgument(precision != Precision.YEAR || (month == 1 && day == 1),
        "A year-precision date must have month and day 1, got %s-%s-%s", year, month, day);
    checkArgument(precision != Precision.MONTH || day == 1,
        "A month-precision date must have day 1, got %s-%s-%s", year, month, day);
  }

  /**
   * A date known to the day.
   *
   * @param date the date; its year must have four digits
   * @return a {@link Precision#DAY} date
   * @throws IllegalArgumentException if the year is not four digits
   */
  public static PubDate of(LocalDate date) {
    return new PubDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
  }

  /**
   * A date known to the month.
   *
   * @param year the year, four digits (1000 to 9999)
   * @param month the month, 1 to 12
   * @return a {@link Precision#MONTH} date on day 1
   * @throws IllegalArgumentException if the year is not four digits
   * @throws java.time.DateTimeException if the month is out of range
   */
  public static PubDate ofMonth(int year, int month) {
    return new PubDate(year, month, 1, Precision.MONTH);
  }

  /**
   * A date known to the year.
   *
   * @param year the year, four digits (1000 to 9999)
   * @return a {@link Precision#YEAR} date on January 1
   * @throws IllegalArgumentException if the year is not four digits
   */
  public static PubDate ofYear(int year) {
    return new PubDate(year, 1, 1, Precision.YEAR);
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; the precision follows the form.
   *
   * @param text the date, with optional surrounding white space
   * @return the date, known to the year, month or day
   * @throws IllegalArgumentException if the text has none of these forms or names no valid date; the message
   *     quotes the text and the expected forms
   * @throws NullPointerException if {@code text} is null
   */
  public static PubDate parse(String text) {
    String t = text.trim();
    try {
      return switch (t.length()) {
        case 4 -> ofYear(Integer.parseInt(t));
        case 7 -> {
          YearMonth ym = YearMonth.parse(t);
          yield ofMonth(ym.getYear(), ym.getMonthValue());
        }
        default -> of(LocalDate.parse(t));
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a date (expected yyyy, yyyy-MM or yyyy-MM-dd)", e);
    }
  }

  /**
   * The first day of the period this date denotes.
   *
   * @return the date with the unknown parts as 1 (January 1 for a year, the 1st for a month)
   */
  public LocalDate toLocalDate() {
    return LocalDate.of(year, month, day);
  }

  /**
   * The year as a fractional number (mid-period), used for recency weighting and timelines.
   *
   * @return year + 0.5 for a year, the middle of the month for a month, the middle of the day for a day; always in
   *     [year, year + 1)
   */
  public double fractionalYear() {
    return switch (precision) {
      case YEAR -> year + 0.5;
      case MONTH -> year + (month - 0.5) / 12.0;
      case DAY -> year + (toLocalDate().getDayOfYear() - 0.5) / toLocalDate().lengthOfYear();
    };
  }

  @Override
  public int compareTo(PubDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> Integer.toString(year);
      case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
      case DAY -> toLocalDate().toString();
    };
  }
}
