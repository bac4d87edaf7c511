package io.github.lakin.scoring.aggregate;

import io.github.lakin.core.Rational;
import io.github.lakin.scoring.Achievement;
import io.github.lakin.scoring.internal.DecimalText;
import java.util.List;
import java.util.Locale;

/**
 * Jumlah indikator tercapai (counts): "10 dari 11 indikator mencapai atau melampaui target" —
 * met (capaian ≥ 100, or the category reached), and of the numeric ones how many are strictly
 * above, exactly at and below 100 (exact values, after cap and floor), plus those not available
 * or undefined.
 */
public final class MetCounts {
  private final int total;
  private final int met;
  private final int above;
  private final int equal;
  private final int below;
  private final int notMet;
  private final int notAvailable;
  private final int undefined;

  private MetCounts(int total, int met, int above, int equal, int below, int notMet, int notAvailable, int undefined) {
    this.total = total;
    this.met = met;
    this.above = above;
    this.equal = equal;
    this.below = below;
    this.notMet = notMet;
    this.notAvailable = notAvailable;
    this.undefined = undefined;
  }

  static MetCounts of(List<Achievement> achievements) {
    int met = 0;
    int above = 0;
    int equal = 0;
    int below = 0;
    int notMet = 0;
    int na = 0;
    int undef = 0;
    for (Achievement a : achievements) {
      switch (a.status()) {
        case NOT_AVAILABLE:
          na++;
          continue;
        case UNDEFINED:
          undef++;
          continue;
        default:
          break;
      }
      if (a.isMet()) {
        met++;
      } else {
        notMet++;
      }
      if (a.value().isPresent()) {
        int c = a.value().get().compareTo(Rational.HUNDRED);
        if (c > 0) {
          above++;
        } else if (c == 0) {
          equal++;
        } else {
          below++;
        }
      }
    }
    return new MetCounts(achievements.size(), met, above, equal, below, notMet, na, undef);
  }

  /** @return all indicators */
  public int total() {
    return total;
  }

  /** @return indicators that met or exceeded their target */
  public int met() {
    return met;
  }

  /** @return computed indicators that did not meet their target */
  public int notMet() {
    return notMet;
  }

  /** @return numeric capaian strictly above 100 */
  public int above() {
    return above;
  }

  /** @return numeric capaian exactly 100 */
  public int equal() {
    return equal;
  }

  /** @return numeric capaian below 100 */
  public int below() {
    return below;
  }

  /** @return indicators whose realisasi is not available */
  public int notAvailable() {
    return notAvailable;
  }

  /** @return indicators whose capaian is undefined */
  public int undefined() {
    return undefined;
  }

  /**
   * @param locale Indonesian ({@code id}) or English
   * @return e.g. {@code "10 dari 11 indikator mencapai atau melampaui target"}
   */
  public String statement(Locale locale) {
    return DecimalText.isIndonesian(locale)
        ? met + " dari " + total + " indikator mencapai atau melampaui target"
        : met + " of " + total + " indicators met or exceeded their target";
  }

  @Override
  public String toString() {
    return "MetCounts{total=" + total + ", met=" + met + ", above=" + above + ", equal=" + equal + ", below=" + below
        + ", notMet=" + notMet + ", notAvailable=" + notAvailable + ", undefined=" + undefined + "}";
  }
}
