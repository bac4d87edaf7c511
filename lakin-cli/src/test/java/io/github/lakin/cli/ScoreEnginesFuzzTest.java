package io.github.lakin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of {@code lakin score} on CSV files with Jazzer: the bulk engine and the
 * object engine agree on every file.
 *
 * <p>What must hold for any file: the object engine succeeds (exit 0) or ends with exit 2 and one
 * error line that names the file (no exception class name, which would mean an unexpected
 * exception); the bulk engine either refuses the file as not eligible (exit 2, "does not apply";
 * {@code --engine auto} then takes the object path) or ends with the same exit code, the same
 * standard output and the same error as the object engine.
 */
class ScoreEnginesFuzzTest {
  private static final String HEADER = "goal,indicator,name,unit,polarity,target,realisasi,weight,printed\n";
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("lakin-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> seeds() {
    return Stream.of(HEADER + "SK1,1.1,Nilai SAKIP,nilai,higher,\"69,31\",\"69,62\",,\n"
            + "SK1,1.2,Persentase,%,lower,20,\"12,5\",,\nSK2,2.1,Dokumen,dokumen,,10,N/A,,\n",
        HEADER + "SK1,1,a,%,,\"40,594\",40,,\nSK1,2,b,%,,40,\"40,594\",,\n",
        HEADER + "SK1,1,a,%,,0,0,,\nSK1,2,b,%,,0,5,,\n",
        HEADER + "SK1,1,a,%,,80,90,,\nSK2,1,b,%,,80,90,,\n",
        HEADER + "SK1,1,a,%,,80,\"82,96*\",,\n",
        HEADER + "SK1,1,a,%,,< 20%,10,,\n",
        HEADER + "SK1,1,a,%,,99999999999999999999,1,,\n");
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "2m")
  void bulkEqualsObject(@NotNull @WithUtf8Length(max = 3000) String text) throws IOException {
    Path f = DIR.resolve("fuzz-2023.csv");
    Files.writeString(f, text);
    Run object = Run.of("score", f.toString(), "--format", "json", "--engine", "object", "--year", "2023");
    Run bulk = Run.of("score", f.toString(), "--format", "json", "--engine", "bulk", "--year", "2023");
    assertThat(object.code).as("%s", object).isIn(0, 2);
    if (object.code == 2) {
      assertThat(object.out).isEmpty();
      assertThat(object.err).startsWith("lakin: " + f + ":").doesNotContain("Exception");
    }
    if (bulk.code == 2 && bulk.err.startsWith("lakin: --engine bulk does not apply to " + f + ":")) {
      assertThat(bulk.out).isEmpty();
      return;
    }
    assertThat(bulk.code).as("bulk %s%nobject %s", bulk, object).isEqualTo(object.code);
    assertThat(bulk.out).isEqualTo(object.out);
    assertThat(bulk.err).isEqualTo(object.err);
  }
}
