/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.band;

/**
 * Status verifikasi (verification): how well the source of a stock table or conversion was checked
 * against the regulation and against figures printed in real reports.
 *
 * @since 0.1.0
 */
public enum Verification {
  /** Terverifikasi: every band and bound was checked against the cited source. */
  VERIFIED,
  /**
   * Terverifikasi sebagian: some bounds were confirmed, others are taken from secondary material
   * (a ministry manual, a report) or could not be checked; the table's Javadoc and {@link
   * BandTable#notes()} say which.
   */
  PARTLY_VERIFIED,
  /** Belum terverifikasi: not checked; the default for user-defined tables. */
  UNVERIFIED
}
