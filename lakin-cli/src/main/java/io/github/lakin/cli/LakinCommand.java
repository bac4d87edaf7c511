/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import io.github.lakin.core.InvalidValueException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Perintah lakin (the lakin command): {@code score}, {@code report}, {@code template}, {@code audit},
 * {@code band}, {@code ikm} and {@code budget}. Exit codes: 0 success, 1 the audit found mismatches,
 * 2 bad input or usage, 3 the output could not be written (a full disk, a closed pipe), 4 out of
 * memory, 5 an internal error. Every failure is one line on standard error, never a stack trace. A
 * command writes its whole output only after all input was read and checked, so bad input leaves
 * standard output empty and a one-line message naming file, line and column on standard error.
 *
 * @since 0.1.0
 */
@Command(name = "lakin", mixinStandardHelpOptions = true, versionProvider = LakinCommand.Version.class,
    description = "Capaian kinerja, exactly: scores and audits Indonesian government performance reports.")
public final class LakinCommand implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the audit found printed figures that do not match. */
  public static final int MISMATCH = 1;
  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;
  /** Exit code: the output could not be written. */
  public static final int WRITE_FAILED = 3;
  /** Exit code: the Java heap was too small for the input. */
  public static final int OUT_OF_MEMORY = 4;
  /** Exit code: an internal error (a bug in Lakin: please report it with the input). */
  public static final int INTERNAL_ERROR = 5;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: score, report, template, audit, band, ikm or budget");
  }

  /**
   * Runs the command line and returns its exit code; writes only to the given writers.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new LakinCommand());
    subcommands(cl, args);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      int code = exitCode(e);
      line.getErr().println("lakin: " + (code == INTERNAL_ERROR ? "internal error, please report it with the input: " : "")
          + message(e));
      line.getErr().flush();
      return code;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("lakin: " + e.getMessage());
      c.getErr().println("Try 'lakin " + (c.getCommandName().equals("lakin") ? "" : c.getCommandName() + " ") + "--help'.");
      c.getErr().flush();
      return BAD_INPUT;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("lakin: out of memory: the input needs a larger Java heap (for ./lakin set LAKIN_JAVA_OPTS=-Xmx2g)");
      err.flush();
      return OUT_OF_MEMORY;
    } catch (StackOverflowError e) {
      err.println("lakin: the input is nested too deeply to read");
      err.flush();
      return BAD_INPUT;
    }
    if (out.checkError()) {
      err.println("lakin: cannot write the output (the disk may be full or the reader of the pipe gone)");
      err.flush();
      return code == OK || code == MISMATCH ? WRITE_FAILED : code;
    }
    err.flush();
    return code;
  }

  /** The subcommands, in the order the help lists them. */
  private static final String[] NAMES = {"score", "report", "template", "audit", "band", "ikm", "budget", "tree", "lke"};

  /**
   * Adds the subcommands to the command line. Picocli reads each command's annotations when it is
   * added, which costs more start-up time than scoring a small report: when the first argument
   * names a subcommand only that one is added, else (help, version, a mistyped name) all are.
   */
  private static void subcommands(CommandLine cl, String[] args) {
    String first = args.length == 0 ? "" : args[0];
    boolean one = java.util.Arrays.asList(NAMES).contains(first);
    for (String name : NAMES) {
      if (!one || name.equals(first)) {
        cl.addSubcommand(name, subcommand(name));
      }
    }
  }

  private static Object subcommand(String name) {
    return switch (name) {
      case "score" -> new ScoreCommand();
      case "report" -> new ReportCommand();
      case "template" -> new TemplateCommand();
      case "audit" -> new AuditCommand();
      case "band" -> new BandCommand();
      case "ikm" -> new IkmCommand();
      case "budget" -> new BudgetCommand();
      case "tree" -> new TreeCommand();
      case "lke" -> new LkeCommand();
      default -> throw new IllegalStateException("no subcommand " + name);
    };
  }

  /** The exit code of an exception a command threw. */
  static int exitCode(Exception e) {
    if (e instanceof java.io.IOException || e instanceof io.github.lakin.core.text.InvalidTextException
        || e instanceof InvalidValueException || e instanceof IllegalArgumentException) {
      return BAD_INPUT;
    }
    if (e instanceof UncheckedIOException) {
      return e.getMessage() != null && e.getMessage().startsWith(WRITE_PREFIX) ? WRITE_FAILED : BAD_INPUT;
    }
    return INTERNAL_ERROR;
  }

  /** The start of the message of an {@link UncheckedIOException} that a failed write raised. */
  static final String WRITE_PREFIX = "cannot write the output";

  static String message(Exception e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return e.getMessage() + ": permission denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "the file is not UTF-8 text: " + e.getMessage();
    }
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return String.valueOf(e.getCause().getMessage());
    }
    if (e instanceof InvalidValueException || e instanceof IllegalArgumentException) {
      return String.valueOf(e.getMessage());
    }
    StringWriter w = new StringWriter();
    w.append(e.getClass().getSimpleName()).append(": ").append(String.valueOf(e.getMessage()));
    return w.toString();
  }

  /** Versi (version): the version of the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = LakinCommand.class.getPackage().getImplementationVersion();
      return new String[] {"lakin " + (v == null ? "development build" : v)};
    }
  }
}
