package io.github.lakin.cli;

/** Perintah lakin (main class): runs {@link LakinCommand} and exits with its code. */
public final class Main {
  private Main() {}

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(LakinCommand.run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
  }
}
