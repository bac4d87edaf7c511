package io.github.lakin.jackson3;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pemeta JSON Lakin untuk Jackson 3 (Lakin's Jackson 3 mapper): a {@link JsonMapper} configured
 * like {@code io.github.lakin.jackson.LakinJson.mapper()}: the module registered, JSON decimals
 * read as {@link java.math.BigDecimal}, unknown fields and trailing tokens rejected, decimals
 * written plain.
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

  /** @return a new mapper configured for Lakin */
  public static JsonMapper mapper() {
    return configure(JsonMapper.builder()).build();
  }
}
