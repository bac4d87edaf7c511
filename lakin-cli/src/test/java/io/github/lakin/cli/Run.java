/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process and keeps its exit code and both outputs. */
final class Run {
  final int code;
  final String out;
  final String err;

  private Run(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LakinCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
