/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.lakin.jackson.schema.JsonOut;
import java.util.Objects;

/**
 * Pemeta JSON Lakin (JSON mapper): a ready {@link ObjectMapper} for Lakin JSON.
 *
 * <pre>{@code
 * ObjectMapper mapper = LakinJson.mapper();
 * PerformanceAgreement pk = mapper.readValue(file, PerformanceAgreement.class);
 * }</pre>
 *
 * <p>{@link #out(JsonGenerator)} lets the streaming result writer ({@code
 * io.github.lakin.json.ResultJsonWriter}) write to a Jackson 2 generator.
 *
 * <p>Holds no state: safe to call from any thread at once. The mapper it returns is, like any Jackson {@code ObjectMapper} that is no longer configured, thread-safe.
 *
 * @since 0.1.0
 */
public final class LakinJson {
  private LakinJson() {}

  /**
   * A new mapper, each call its own (there is no shared mutable state), with {@link LakinModule}
   * registered and strict, exact reading: unknown fields and trailing content are refused (the
   * module's readers refuse a field given twice themselves, naming its path), and floating-point JSON numbers anywhere are read as {@link java.math.BigDecimal}
   * ({@link DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS}), so that even values Jackson buffers
   * never pass through {@code double}. Big decimals that Jackson itself writes are written plain.
   *
   * @return the mapper; configure it further or take an {@code ObjectReader}/{@code ObjectWriter}
   *     from it as needed
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new LakinModule())
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /**
   * The output of the result writer over a Jackson 2 generator:
   * {@code ResultJsonWriter.of(LakinJson.out(generator), false)}.
   *
   * @param generator where to write; it is neither flushed nor closed
   * @return the output
   */
  public static JsonOut out(JsonGenerator generator) {
    return new JacksonOut(Objects.requireNonNull(generator, "generator"));
  }
}
