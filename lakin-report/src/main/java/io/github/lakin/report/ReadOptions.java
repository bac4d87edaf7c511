package io.github.lakin.report;

import io.github.lakin.core.text.NumberStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Opsi pembacaan (read options): what the caller states about a report file that the file itself
 * may leave unstated — its year and its number style. What the file states wins only where the
 * caller is silent: a year or style given here and a different one in the file is an error, never
 * a silent choice. Immutable.
 */
public final class ReadOptions {
  private static final ReadOptions NONE = new ReadOptions(OptionalInt.empty(), Optional.empty());

  private final OptionalInt year;
  private final Optional<NumberStyle> numberStyle;

  private ReadOptions(OptionalInt year, Optional<NumberStyle> numberStyle) {
    this.year = year;
    this.numberStyle = numberStyle;
  }

  /** @return nothing stated: the file must state its year */
  public static ReadOptions none() {
    return NONE;
  }

  /**
   * @param year the report year, 1900 to 2999
   * @return these options with that year
   * @throws IllegalArgumentException if the year is out of range
   */
  public ReadOptions withYear(int year) {
    if (year < 1900 || year > 2999) {
      throw new IllegalArgumentException("the report year must be from 1900 to 2999, but was " + year);
    }
    return new ReadOptions(OptionalInt.of(year), numberStyle);
  }

  /**
   * @param style how the file writes numbers; {@link NumberStyle#MIXED} (the default) lets each
   *     indicator's unit settle a number like {@code 1.250} and refuses it where nothing does
   * @return these options with that style
   */
  public ReadOptions withNumberStyle(NumberStyle style) {
    return new ReadOptions(year, Optional.of(Objects.requireNonNull(style, "style")));
  }

  /** @return the year stated, if any */
  public OptionalInt year() {
    return year;
  }

  /** @return the number style stated, if any */
  public Optional<NumberStyle> numberStyle() {
    return numberStyle;
  }
}
