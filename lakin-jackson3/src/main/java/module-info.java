/**
 * Lakin Jackson 3: a Jackson 3 ({@code tools.jackson}) module that reads and writes the Lakin model
 * and writes every result type (the result form {@code lakin-result/1}), from the same declaration
 * of the JSON fields ({@code io.github.lakin.json}) as the Jackson 2 module, without depending on
 * Jackson 2.
 */
module io.github.lakin.jackson3 {
  requires transitive tools.jackson.databind;
  requires transitive io.github.lakin.json;
  requires static org.jspecify;

  exports io.github.lakin.jackson3;

  provides tools.jackson.databind.JacksonModule with io.github.lakin.jackson3.LakinJackson3Module;
}
