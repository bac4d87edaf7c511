package io.github.lakin.core.text;

/** Placeholder removed when the parser lands. */
final class Placeholder {
  private Placeholder() {}
}
