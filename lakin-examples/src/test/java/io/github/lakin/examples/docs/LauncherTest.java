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

  /**
   * Issue 15 item 3: the launcher dumps a class-data sharing archive once per jar and java (a
   * training run that records the class list, then the dump) and runs the jar with it; a new jar
   * makes a new archive; when no archive can be made the jar runs without one and the launcher does
   * not try again until the jar changes.
   */
  @Test
  void makesAClassDataArchiveOncePerJarAndRunsWithIt(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Files.copy(Path.of("lakin"), dir.resolve("lakin"));
    Path jar = dir.resolve("lakin-cli/target/lakin.jar");
    Files.createDirectories(jar.getParent());
    Files.writeString(jar, "jar");
    Path example = dir.resolve("lakin-examples/reports/biro-perencanaan-2023.csv");
    Files.createDirectories(example.getParent());
    Files.writeString(example, "goal,indicator\n");
    // a stand-in java: logs its arguments, writes the class list and the archive it is asked for
    script(dir.resolve("bin/java"), "#!/bin/sh\necho \"$*\" >> java.log\nfor a in \"$@\"; do case \"$a\" in\n"
        + "  -XX:DumpLoadedClassList=*) echo java/lang/Object > \"${a#*=}\";;\n"
        + "  -XX:SharedArchiveFile=*) [ \"$1\" != -Xshare:dump ] || echo archive > \"${a#*=}\";;\n"
        + "esac; done\necho \"java $*\"\n");
    Path log = dir.resolve("java.log");
    Path archive = dir.resolve("lakin-cli/target/lakin.jsa");
    String withArchive = "java -XX:SharedArchiveFile=" + archive + " -Xlog:cds=off -Xlog:cds+dynamic=off -jar " + jar + " band sakip 90\n";

    Result first = run(dir, "band", "sakip", "90");
    assertThat(first.out()).isEqualTo(withArchive);
    assertThat(first.err()).isEmpty();
    List<String> calls = Files.readAllLines(log);
    assertThat(calls).hasSize(3);
    assertThat(calls.get(0)).startsWith("-XX:DumpLoadedClassList=").endsWith(" -jar " + jar + " score " + example);
    assertThat(calls.get(1)).startsWith("-Xshare:dump -XX:SharedClassListFile=").contains(" -cp " + jar);
    assertThat(Files.readString(archive)).isEqualTo("archive\n");
    assertThat(dir.resolve("lakin-cli/target").toFile().list()).containsExactlyInAnyOrder("lakin.jar", "lakin.jsa", "lakin.jsa.java");

    assertThat(run(dir, "band", "sakip", "90").out()).isEqualTo(withArchive);
    assertThat(Files.readAllLines(log)).hasSize(4);

    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(run(dir, "band", "sakip", "90").out()).isEqualTo(withArchive);
    assertThat(Files.readAllLines(log)).hasSize(7);

    // a java that makes no archive: the jar runs without one, and the next run does not try again
    script(dir.resolve("bin/java"), "#!/bin/sh\necho \"$*\" >> java.log\necho \"java $*\"\n");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(120)));
    String without = "java -jar " + jar + " band sakip 90\n";
    assertThat(run(dir, "band", "sakip", "90").out()).isEqualTo(without);
    assertThat(Files.readAllLines(log)).hasSize(9);
    assertThat(archive).doesNotExist();
    assertThat(run(dir, "band", "sakip", "90").out()).isEqualTo(without);
    assertThat(Files.readAllLines(log)).hasSize(10);

    // LAKIN_NO_CDS=1: never an archive
    assertThat(run(dir, "LAKIN_NO_CDS", "band", "sakip", "90").out()).isEqualTo(without);
  }

  /** Runs the launcher with LAKIN_NO_BUILD=1 (the jar is a stand-in); "LAKIN_NO_CDS" first sets that variable. */
  private static Result run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("sh", dir.resolve("lakin").toString()));
    boolean noCds = args.length > 0 && args[0].equals("LAKIN_NO_CDS");
    command.addAll(List.of(args).subList(noCds ? 1 : 0, args.length));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("PATH", dir.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
    pb.environment().put("LAKIN_NO_BUILD", "1");
    if (noCds) {
      pb.environment().put("LAKIN_NO_CDS", "1");
    } else {
      pb.environment().remove("LAKIN_NO_CDS");
    }
    Process p = pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("err.txt"));
    assertThat(p.exitValue()).as(err).isZero();
    return new Result(Files.readString(dir.resolve("out.txt")), err);
  }
}
