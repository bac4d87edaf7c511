package io.github.lakin.scoring.bulk;

import io.github.lakin.scoring.Achievement;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Capaian massal (bulk scores): each indicator's capaian after the cap and floor, rounded once at
 * the policy's scale, with its status and flags, held in primitive columns.
 *
 * <p>Row {@code i} matches {@link Achievement} for the same indicator: {@link #status(int)} is its
 * {@link Achievement#status()}, {@link #roundedUnscaled(int)} the unscaled value of
 * {@link Achievement#rounded()}, and {@link #has(int, Achievement.Flag)} its {@code CAPPED},
 * {@code FLOORED} and {@code BY_RULE} flags (the bulk path has no provisional values). Immutable.
 */
public final class BulkScores {
  static final byte COMPUTED = 0;
  static final byte NOT_AVAILABLE = 1;
  static final byte UNDEFINED = 2;

  static final int CAPPED = 1;
  static final int FLOORED = 2;
  static final int BY_RULE = 4;
  /** Internal: the value is not a whole number of 10^-k (the fixed-point value is truncated). */
  static final int STICKY = 0x40;
  /** Internal: the value's fixed-point form does not fit a long; means use the exact path. */
  static final int WIDE = 0x20;
  private static final int PUBLIC_FLAGS = CAPPED | FLOORED | BY_RULE;

  private static final Achievement.Status[] STATUSES = {
    Achievement.Status.COMPUTED, Achievement.Status.NOT_AVAILABLE, Achievement.Status.UNDEFINED
  };

  private final int scale;
  final long[] rounded;
  final byte[] status;
  final byte[] flags;

  BulkScores(int scale, long[] rounded, byte[] status, byte[] flags) {
    this.scale = scale;
    this.rounded = rounded;
    this.status = status;
    this.flags = flags;
  }

  /** @return the number of indicators */
  public int size() {
    return rounded.length;
  }

  /** @return the scale of the rounded values (the policy's rounding scale) */
  public int scale() {
    return scale;
  }

  /**
   * @param row a row index
   * @return the row's status
   */
  public Achievement.Status status(int row) {
    return STATUSES[status[Objects.checkIndex(row, rounded.length)]];
  }

  /**
   * @param row a row index
   * @return whether a capaian was computed
   */
  public boolean isComputed(int row) {
    return status[Objects.checkIndex(row, rounded.length)] == COMPUTED;
  }

  /**
   * @param row a row index
   * @param flag a flag
   * @return whether the row has it ({@code PROVISIONAL} never)
   */
  public boolean has(int row, Achievement.Flag flag) {
    int f = flags[Objects.checkIndex(row, rounded.length)] & PUBLIC_FLAGS;
    switch (Objects.requireNonNull(flag, "flag")) {
      case CAPPED:
        return (f & CAPPED) != 0;
      case FLOORED:
        return (f & FLOORED) != 0;
      case BY_RULE:
        return (f & BY_RULE) != 0;
      default:
        return false;
    }
  }

  /**
   * @param row a row index
   * @return the unscaled rounded capaian, e.g. {@code 10149} for 101,49 at scale 2
   * @throws NoSuchElementException if the row has no computed capaian
   */
  public long roundedUnscaled(int row) {
    if (!isComputed(row)) {
      throw new NoSuchElementException("row " + row + " has no capaian: " + status(row));
    }
    return rounded[row];
  }

  /**
   * @param row a row index
   * @return the rounded capaian as a decimal; empty when not computed
   */
  public Optional<BigDecimal> rounded(int row) {
    return isComputed(row) ? Optional.of(BigDecimal.valueOf(rounded[row], scale)) : Optional.empty();
  }

  /**
   * @param s a status
   * @return how many rows have it
   */
  public int count(Achievement.Status s) {
    byte code = (byte) Objects.requireNonNull(s, "status").ordinal();
    int c = 0;
    for (byte b : status) {
      if (b == code) {
        c++;
      }
    }
    return c;
  }

  /**
   * Copies the rounded values into an array; rows without a computed capaian hold 0.
   *
   * @param from the first row
   * @param dest the destination
   * @param offset where in {@code dest} to start
   * @param length how many rows
   * @throws IndexOutOfBoundsException if a range is out of bounds
   */
  public void copyRoundedUnscaled(int from, long[] dest, int offset, int length) {
    System.arraycopy(rounded, from, dest, offset, length);
  }

  byte statusCode(int row) {
    return status[row];
  }

  int rawFlags(int row) {
    return flags[row];
  }

  @Override
  public String toString() {
    return "BulkScores{" + rounded.length + " indicators, computed " + count(Achievement.Status.COMPUTED) + ", scale " + scale + "}";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BulkScores)) {
      return false;
    }
    BulkScores b = (BulkScores) o;
    return scale == b.scale && Arrays.equals(rounded, b.rounded) && Arrays.equals(status, b.status) && Arrays.equals(flags, b.flags);
  }

  @Override
  public int hashCode() {
    return (scale * 31 + Arrays.hashCode(rounded)) * 31 + Arrays.hashCode(status);
  }
}
