package io.github.lakin.examples;

/** Contoh: the Biro Perencanaan 2023 report (placeholder until the model lands). */
public final class BiroPerencanaan2023 {
  private BiroPerencanaan2023() {}

  /** @param args unused */
  public static void main(String[] args) {
    System.out.println("Biro Perencanaan 2023");
  }
}
