/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson3;

import io.github.lakin.jackson.schema.JsonOut;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pemeta JSON Lakin untuk Jackson 3 (Lakin's Jackson 3 mapper): a {@link JsonMapper} configured
 * like {@code io.github.lakin.jackson.LakinJson.mapper()}: the module registered, JSON decimals
 * read as {@link java.math.BigDecimal}, unknown fields and trailing tokens rejected, decimals
 * written plain. {@link #out(JsonGenerator)} lets the streaming result writer ({@code
 * io.github.lakin.json.ResultJsonWriter}) write to a Jackson 3 generator.
 *
 * <p>Holds no state: safe to call from any thread at once. The mapper it returns is thread-safe.
 *
 * @since 0.1.0
 */
public final class LakinJson3 {
  private LakinJson3() {}

  /**
   * Configures a builder the Lakin way; Spring Boot's customizer calls this on Boot's own builder.
   *
   * @param builder the builder
   * @return the same builder
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder.addModule(new LakinJackson3Module())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** Returns a new mapper configured for Lakin. */
  public static JsonMapper mapper() {
    return configure(JsonMapper.builder()).build();
  }

  /**
   * The output of the result writer over a Jackson 3 generator:
   * {@code ResultJsonWriter.of(LakinJson3.out(generator), false)}.
   *
   * @param generator where to write; it is neither flushed nor closed
   * @return the output
   */
  public static JsonOut out(JsonGenerator generator) {
    return new Jackson3Out(Objects.requireNonNull(generator, "generator"));
  }
}
