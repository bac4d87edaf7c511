package io.github.lakin.core;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** Target tunggal (exact target): a single number such as {@code 69} or {@code 3 dokumen}. */
@Value.Immutable
public abstract non-sealed class ExactTarget implements Target {
  ExactTarget() {}

  /** @return the target number, without trailing zeros */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * @param value the number
   * @return the target
   */
  public static ExactTarget of(BigDecimal value) {
    return ImmutableExactTarget.of(value);
  }

  @Value.Check
  ExactTarget normalize() {
    BigDecimal n = Checks.normalize(value());
    return n.equals(value()) ? this : ImmutableExactTarget.of(n);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.exact(this);
  }

  @Override
  public String toString() {
    return value().toPlainString();
  }
}
