/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.lakin.core.PerformanceAgreement;
import io.github.lakin.scoring.aggregate.ReportPolicy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every error message of the module starts with a JSON Pointer (RFC 6901) that points into the
 * document read: at the bad value itself, or, for a missing field, at the field in an object that
 * is there.
 */
class ErrorPointerProperties {
  private static final Pattern MESSAGE = Pattern.compile("^(\\(root\\)|(?:/(?:[^/~]|~[01])*)+): (.+)$", Pattern.DOTALL);
  private final ObjectMapper mapper = LakinJson.mapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Replacement values that are wrong somewhere. */
  private static final List<JsonNode> BAD = List.of(F.textNode("abc"), F.numberNode(new java.math.BigDecimal("1.5")), F.arrayNode(),
      F.objectNode(), F.nullNode(), F.booleanNode(true), F.textNode("-5"), F.textNode(""), F.numberNode(-1),
      F.objectNode().put("kind", "range").put("lower", "9").put("upper", "1"), F.textNode("1e99999"));

  private static void paths(JsonNode node, String at, List<String> out) {
    out.add(at);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(f -> paths(node.get(f), at + "/" + f.replace("~", "~0").replace("/", "~1"), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        paths(node.get(i), at + "/" + i, out);
      }
    }
  }

  /** Either replaces the value at the pointer, removes it, or adds an unknown field beside it. */
  private static JsonNode mutate(JsonNode doc, String pointer, int how) {
    JsonNode copy = doc.deepCopy();
    if (pointer.isEmpty()) {
      return BAD.get(how % BAD.size());
    }
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(p.head());
    String last = p.last().getMatchingProperty();
    if (parent.isObject()) {
      ObjectNode o = (ObjectNode) parent;
      if (how == BAD.size()) {
        o.remove(last);
      } else if (how == BAD.size() + 1) {
        o.put("satuan~x/y", "%");
      } else {
        o.set(last, BAD.get(how % BAD.size()));
      }
    } else if (parent.isArray()) {
      ((ArrayNode) parent).set(p.last().getMatchingIndex(), BAD.get(how % BAD.size()));
    }
    return copy;
  }

  private void check(JsonNode doc, Class<?> type) {
    List<String> all = new ArrayList<>();
    paths(doc, "", all);
    qt().withExamples(400).forAll(integers().between(0, all.size() - 1), integers().between(0, BAD.size() + 1)).checkAssert((i, how) -> {
      JsonNode bad = mutate(doc, all.get(i), how);
      try {
        mapper.readValue(bad.toString(), type);
      } catch (JsonMappingException e) {
        String message = e.getOriginalMessage();
        Matcher m = MESSAGE.matcher(message);
        assertThat(m.matches()).as("message of %s: %s", bad, message).isTrue();
        String pointer = m.group(1).equals("(root)") ? "" : m.group(1);
        JsonPointer p = JsonPointer.compile(pointer);
        boolean there = !bad.at(p).isMissingNode() || (!pointer.isEmpty() && bad.at(p.head()).isContainerNode());
        assertThat(there).as("pointer %s of %s into %s", pointer, message, bad).isTrue();
      } catch (IOException e) {
        throw new AssertionError("not a mapping exception: " + e, e);
      }
    });
  }

  @Test
  void agreements() {
    check(mapper.valueToTree(Biro2023.agreement()), PerformanceAgreement.class);
  }

  @Test
  void policies() {
    check(mapper.valueToTree(ReportPolicy.kemensos2020()), ReportPolicy.class);
  }
}
