/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.index;

import io.github.lakin.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sub-komponen LKE (worksheet sub-component): a part of a SAKIP evaluation component with its share
 * of the component's weight, in percent. PermenPANRB 88/2021 splits every component into
 * keberadaan 20%, kualitas 30% and pemanfaatan 50% ({@link #standard()}). Instances are immutable.
 *
 * <p>Immutable, so safe to share between threads.
 *
 * @since 0.1.0
 */
public final class LkeSubComponent {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<LkeSubComponent> STANDARD = List.of(
      new LkeSubComponent("keberadaan", "Keberadaan", BigDecimal.valueOf(20)),
      new LkeSubComponent("kualitas", "Kualitas", BigDecimal.valueOf(30)),
      new LkeSubComponent("pemanfaatan", "Pemanfaatan", BigDecimal.valueOf(50)));

  private final String code;
  private final String name;
  private final BigDecimal share;

  private LkeSubComponent(String code, String name, BigDecimal share) {
    this.code = code;
    this.name = name;
    this.share = share;
  }

  /**
   * A sub-component.
   *
   * @param code a short, non-blank code used to address it, e.g. {@code "kualitas"}
   * @param name its name
   * @param sharePercent its share of the component's weight, from 0 to 100 (the shares of one
   *     component must add up to 100)
   * @return the sub-component
   * @throws InvalidValueException if the code is blank or the share is outside 0–100
   */
  public static LkeSubComponent of(String code, String name, BigDecimal sharePercent) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sharePercent, "sharePercent");
    if (code.isBlank()) {
      throw InvalidValueException.of("sub-component code", code, "must not be blank");
    }
    if (sharePercent.signum() < 0 || sharePercent.compareTo(HUNDRED) > 0) {
      throw InvalidValueException.of("sub-component " + code.strip() + ": share", sharePercent, "must be between 0 and 100");
    }
    return new LkeSubComponent(code.strip(), name.strip(), sharePercent);
  }

  /** Returns keberadaan 20%, kualitas 30%, pemanfaatan 50% (PermenPANRB 88/2021). */
  public static List<LkeSubComponent> standard() {
    return STANDARD;
  }

  /** Returns the code, e.g. {@code "kualitas"}. */
  public String code() {
    return code;
  }

  /** Returns the name, e.g. {@code "Kualitas"}. */
  public String name() {
    return name;
  }

  /** Returns the share of the component's weight, in percent, e.g. 30. */
  public BigDecimal share() {
    return share;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LkeSubComponent && ((LkeSubComponent) o).code.equals(code)
        && ((LkeSubComponent) o).name.equals(name) && ((LkeSubComponent) o).share.compareTo(share) == 0;
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + share.toPlainString() + "%";
  }
}
