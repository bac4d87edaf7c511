/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./lakin} launcher of the repository root, run by {@code sh} in a copy of the layout
 * with a stand-in {@code mvnw} (which records its arguments and writes the jar) and a stand-in
 * {@code java}: it builds on first use and when a source is newer than the jar, says so, runs
 * {@code package} (never {@code install}), and otherwise only runs the jar.
 */
class LauncherTest {

  private record Result(String out, String err) {}

  private static Result lakin(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("sh", dir.resolve("lakin").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("PATH", dir.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    pb.environment().remove("LAKIN_NO_BUILD");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    return new Result(Files.readString(out), Files.readString(err));
  }

  private static void script(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    assertThat(file.toFile().setExecutable(true)).isTrue();
  }

  @Test
  void buildsOnFirstUseAndAfterASourceChangeWithPackageNeverInstall(@TempDir Path dir) throws Exception {
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "needs a POSIX shell");
    Files.copy(Path.of("lakin"), dir.resolve("lakin"));
    script(dir.resolve("mvnw"), "#!/bin/sh\necho \"$*\" >> mvnw.log\nmkdir -p lakin-cli/target\ntouch lakin-cli/target/lakin.jar\n");
    script(dir.resolve("bin/java"), "#!/bin/sh\necho \"java $*\"\n");
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Path source = dir.resolve("lakin-scoring/src/main/java/A.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, "class A {}");
    Path log = dir.resolve("mvnw.log");

    Result first = lakin(dir, "band", "sakip", "69,31");
    assertThat(first.err()).contains("building lakin-cli/target/lakin.jar (first use)").contains("nothing is installed");
    assertThat(first.out()).isEqualTo("java -jar " + dir.resolve("lakin-cli/target/lakin.jar") + " band sakip 69,31\n");
    assertThat(Files.readAllLines(log)).singleElement().asString()
        .contains("package").contains("-pl lakin-cli -am").doesNotContain("install");

    Result second = lakin(dir, "band", "sakip", "90");
    assertThat(second.err()).isEmpty();
    assertThat(Files.readAllLines(log)).hasSize(1);

    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
    Result third = lakin(dir, "band", "sakip", "90");
    assertThat(third.err()).contains("lakin-scoring/src/main/java/A.java is newer than the jar");
    assertThat(Files.readAllLines(log)).hasSize(2);
  }
}
