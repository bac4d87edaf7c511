package io.github.lakin.scoring;

/** Sementara (placeholder): removed when the first scoring type lands. */
public final class Placeholder {
  private Placeholder() {}
}
