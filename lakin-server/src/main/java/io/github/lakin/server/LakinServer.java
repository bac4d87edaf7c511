/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.server;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Server penilaian Lakin (Lakin scoring server): the starter's endpoints as a runnable service for
 * systems in any language (the PHP e-SAKIP systems of DOMAIN.md §14):
 *
 * <pre>
 * java -jar lakin-server/target/lakin-server.jar            # port 8080, lakin.web.enabled=true
 * curl -s --data-binary @lakin-examples/reports/biro-perencanaan-2023.json \
 *      -H 'Content-Type: application/json' http://127.0.0.1:8080/lakin/score
 * </pre>
 *
 * <p>Its bounds (application.properties, each overridable with {@code --name=value}): body 2 MB,
 * nesting 32, JSON numbers 40 characters with exponents to ±100, 10 s per request, scorers as many
 * as cores with 64 waiting (then 503 with Retry-After), Tomcat connection and read timeout 5 s.
 */
@SpringBootApplication
public class LakinServer {
  /** Creates the application. */
  public LakinServer() {}

  /**
   * Returns the OpenAPI document's description.
   *
   * @return the OpenAPI document's description
   */
  @Bean
  OpenAPI lakinOpenApi() {
    return new OpenAPI().info(new Info().title("Lakin scoring service").version("1")
        .description("Capaian kinerja, exactly. POST a lakin-report/1 or /2 JSON document (docs/json.md) to /lakin/score "
            + "for the result form lakin-result/1, or to /lakin/audit to check its printed figures. Every decimal is an "
            + "exact decimal string. Errors are RFC 9457 problem details with the JSON Pointer of the bad value in 'pointer'.")
        .license(new License().name("Apache-2.0")));
  }

  /**
   * Starts the server.
   *
   * @param args Spring Boot arguments, e.g. {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(LakinServer.class, args);
  }
}
