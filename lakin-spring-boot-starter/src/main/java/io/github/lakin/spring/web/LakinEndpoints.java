/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.web;

import io.github.lakin.spring.ReportService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Titik layanan Lakin (Lakin endpoints), served when {@code lakin.web.enabled=true}:
 *
 * <ul>
 *   <li>{@code POST /lakin/score}: body a {@code lakin-report/1} or {@code /2} JSON document;
 *       answer the result form {@code lakin-result/1};
 *   <li>{@code POST /lakin/audit}: the same body with printed figures; answer the audit.
 * </ul>
 *
 * <p>Query parameters: {@code lang=id|en} (default {@code id}) and {@code policy=report|configured}
 * (default {@code report}: the document's own policy). Every body passes the {@link BodyGuard}'s
 * bounds and every request those of its {@link WorkLanes lane}; errors are RFC 9457 problem details
 * ({@code application/problem+json}) with the JSON Pointer of the bad value in {@code pointer}.
 *
 * @since 0.1.0
 */
@RestController
public class LakinEndpoints {
  private final ReportService service;
  private final BodyGuard guard;
  private final WorkLanes lanes;

  /**
   * @param service the scorer and auditor of documents
   * @param guard the body's bounds
   * @param lanes the bounds on concurrent work and time, a lane for small and one for large documents
   */
  public LakinEndpoints(ReportService service, BodyGuard guard, WorkLanes lanes) {
    this.service = service;
    this.guard = guard;
    this.lanes = lanes;
  }

  /**
   * Returns the result form.
   *
   * @param request the request; its body is the document
   * @param lang the language
   * @param policy {@code report} or {@code configured}
   * @return the result form
   * @throws IOException if the body cannot be read
   */
  @PostMapping(path = "/lakin/score", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<String> score(HttpServletRequest request, @RequestParam(name = "lang", defaultValue = "id") String lang,
      @RequestParam(name = "policy", defaultValue = "report") String policy) throws IOException {
    String json = guard.read(request.getInputStream(), request.getContentLengthLong());
    boolean configured = configured(policy);
    Locale locale = locale(lang);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(lanes.run(json.length(), () -> service.score(json, configured, locale)));
  }

  /**
   * Returns the audit.
   *
   * @param request the request; its body is the document with printed figures
   * @param lang the language of the explanations
   * @param policy {@code report} or {@code configured}
   * @return the audit
   * @throws IOException if the body cannot be read
   */
  @PostMapping(path = "/lakin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
  public ReportService.AuditAnswer audit(HttpServletRequest request, @RequestParam(name = "lang", defaultValue = "id") String lang,
      @RequestParam(name = "policy", defaultValue = "report") String policy) throws IOException {
    String json = guard.read(request.getInputStream(), request.getContentLengthLong());
    boolean configured = configured(policy);
    Locale locale = locale(lang);
    return lanes.run(json.length(), () -> service.audit(json, configured, locale));
  }

  private static boolean configured(String policy) {
    switch (policy) {
      case "report":
        return false;
      case "configured":
        return true;
      default:
        throw new BadBodyException(400, "", "query parameter policy must be report or configured, but was \"" + policy + "\"");
    }
  }

  private static Locale locale(String lang) {
    if (lang.equals("id") || lang.equals("en")) {
      return Locale.forLanguageTag(lang);
    }
    throw new BadBodyException(400, "", "query parameter lang must be id or en, but was \"" + lang + "\"");
  }
}
