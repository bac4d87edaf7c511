/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Pemeriksaan angka tercetak (audit of printed figures, DOMAIN §11): recomputes every figure a
 * published report printed and explains each mismatch by the formula variant that reproduces it:
 * truncation instead of rounding, another rounding stage or aggregation, a cap, another target or
 * realisasi printed elsewhere in the report, or the simplest input that would give the printed
 * figure. Start with {@link io.github.lakin.scoring.audit.Auditor}.
 */
@NullMarked
package io.github.lakin.scoring.audit;

import org.jspecify.annotations.NullMarked;
