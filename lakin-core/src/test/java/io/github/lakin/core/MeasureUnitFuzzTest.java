package io.github.lakin.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@link MeasureUnit#parse(String)} with Jazzer.
 *
 * <p>What must hold for any text: the only exception is the documented {@link
 * InvalidValueException}; a unit that is read has a non-blank label without surrounding spaces,
 * does not allow negative values, and reading its label again gives the same unit.
 */
class MeasureUnitFuzzTest {

  /** Labels from the Javadoc and real reports, and near misses. */
  static Stream<String> seeds() {
    return Stream.of("%", "persen", "indeks", "nilai", "hari", "hari kerja", "HK", "H.K.", "bulan", "Rp", "rupiah",
        "dokumen", "Orang", "laporan", "km", ".", "hari  kerja", "\u00A0", "hari\u00A0kerja");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void parse(@NotNull @WithUtf8Length(max = 100) String text) {
    MeasureUnit u;
    try {
      u = MeasureUnit.parse(text);
    } catch (InvalidValueException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(u.label()).isNotBlank();
    assertThat(u.label()).isEqualTo(u.label().trim());
    assertThat(u.negativeAllowed()).isFalse();
    assertThat(MeasureUnit.parse(u.label())).as("label of %s", u).isEqualTo(u);
  }
}
