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
 * {@code band}, {@code ikm} and {@code budget}. Exit codes: 0 success, 1 the audit found mismatches, 2 bad input or usage. A
 * command writes its whole output only after all input was read and checked, so bad input leaves
 * standard output empty and a one-line message naming file, line and column on standard error.
 */
@Command(name = "lakin", mixinStandardHelpOptions = true, versionProvider = LakinCommand.Version.class,
    description = "Capaian kinerja, exactly: scores and audits Indonesian government performance reports.",
    subcommands = {ScoreCommand.class, ReportCommand.class, TemplateCommand.class, AuditCommand.class, BandCommand.class,
        IkmCommand.class, BudgetCommand.class})
public final class LakinCommand implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the audit found printed figures that do not match. */
  public static final int MISMATCH = 1;
  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;

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
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cl.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("lakin: " + message(e));
      line.getErr().flush();
      return BAD_INPUT;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("lakin: " + e.getMessage());
      c.getErr().println("Try 'lakin " + (c.getCommandName().equals("lakin") ? "" : c.getCommandName() + " ") + "--help'.");
      c.getErr().flush();
      return BAD_INPUT;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static String message(Exception e) {
    if (e instanceof NoSuchFileException) {
      return e.getMessage() + ": no such file";
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
