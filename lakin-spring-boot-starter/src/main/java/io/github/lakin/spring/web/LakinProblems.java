/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.web;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.spring.ReportService;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Masalah permintaan (request problems): turns the endpoints' errors into RFC 9457 problem details
 * ({@code application/problem+json}): {@code title}, {@code status}, {@code detail}, and
 * {@code pointer}, the JSON Pointer of the bad value ({@code ""} for the body as a whole). Bad input
 * is 400 (413 for a body too large, 408 for one that does not arrive in time), a full server 503 with {@code Retry-After}.
 *
 * @since 0.1.0
 */
@RestControllerAdvice(assignableTypes = LakinEndpoints.class)
public class LakinProblems {
  /** The problem type of bad documents. */
  public static final URI BAD_REPORT = URI.create("https://lakin.github.io/problems/bad-report");
  /** The problem type of a full server. */
  public static final URI BUSY = URI.create("https://lakin.github.io/problems/busy");

  /** Creates the advice. */
  public LakinProblems() {}

  private static ResponseEntity<ProblemDetail> problem(int status, URI type, String title, String detail, String pointer) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
    p.setType(type);
    p.setTitle(title);
    p.setProperty("pointer", pointer);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  /**
   * Returns 400, 408 (the body did not arrive in time) or 413.
   *
   * @param e a body outside the bounds
   * @return 400, 408 (the body did not arrive in time) or 413
   */
  @ExceptionHandler(BadBodyException.class)
  public ResponseEntity<ProblemDetail> badBody(BadBodyException e) {
    return problem(e.status(), BAD_REPORT, e.status() == 413 ? "Body too large" : e.status() == 408 ? "Body too slow" : "Bad request body",
        String.valueOf(e.getMessage()), e.pointer());
  }

  /**
   * Returns 400 naming the JSON Pointer.
   *
   * @param e a value the report reader or the scorer refuses
   * @return 400 naming the JSON Pointer
   */
  @ExceptionHandler(InvalidValueException.class)
  public ResponseEntity<ProblemDetail> badReport(InvalidValueException e) {
    String pointer = "";
    String detail = String.valueOf(e.getMessage());
    if (e instanceof InvalidTextException) {
      InvalidTextException t = (InvalidTextException) e;
      pointer = pointerOf(t.location().source());
      detail = detail.startsWith(ReportService.SOURCE) ? detail.substring(ReportService.SOURCE.length()).trim() : detail;
    }
    return problem(400, BAD_REPORT, "Bad report", detail, pointer);
  }

  /**
   * Returns the pointer, {@code ""} for the whole document.
   *
   * @param source a location's source as {@link io.github.lakin.report.JsonReportReader} names it:
   *     {@code "request /goals/0/indicators/1/target"}
   * @return the pointer, {@code ""} for the whole document
   */
  static String pointerOf(String source) {
    String rest = source.startsWith(ReportService.SOURCE) ? source.substring(ReportService.SOURCE.length()).trim() : "";
    return rest.equals("/") || !rest.startsWith("/") ? "" : rest;
  }

  /**
   * Returns 503 with Retry-After.
   *
   * @param e the limiter's refusal
   * @return 503 with Retry-After
   */
  @ExceptionHandler(WorkLimiter.BusyException.class)
  public ResponseEntity<ProblemDetail> busy(WorkLimiter.BusyException e) {
    ResponseEntity<ProblemDetail> r = problem(503, BUSY, "Busy", String.valueOf(e.getMessage()), "");
    return ResponseEntity.status(503).headers(h -> h.set(HttpHeaders.RETRY_AFTER, "1")).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(r.getBody());
  }

  /**
   * Returns 400.
   *
   * @param e the body could not be read: the client was too slow or went away
   * @return 400
   */
  @ExceptionHandler(IOException.class)
  public ResponseEntity<ProblemDetail> unreadable(IOException e) {
    return problem(400, BAD_REPORT, "Unreadable body", "the body could not be read: " + e.getMessage(), "");
  }

  /**
   * Returns 500 without the exception's text.
   *
   * @param e anything else: a bug, not bad input
   * @return 500 without the exception's text
   */
  @ExceptionHandler(RuntimeException.class)
  public ResponseEntity<ProblemDetail> bug(RuntimeException e) {
    return problem(500, URI.create("about:blank"), "Internal error", "an internal error; the request was not scored", "");
  }
}
