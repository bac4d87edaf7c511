/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

/**
 * Perintah lakin (main class): runs {@link LakinCommand} and exits with its code.
 *
 * @since 0.1.0
 */
public final class Main {
  private Main() {}

  /**
   * Runs the {@code lakin} command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // standard output without PrintStream, which hides write errors: a full disk must not exit 0
    java.io.PrintWriter out = new java.io.PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), java.nio.charset.StandardCharsets.UTF_8), 1 << 16));
    java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.err), java.nio.charset.StandardCharsets.UTF_8), true);
    System.exit(LakinCommand.run(args, out, err));
  }
}
