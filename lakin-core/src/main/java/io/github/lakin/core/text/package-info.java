/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Pembacaan angka dan target (reading numbers and targets): the explicit parser for numbers,
 * table cells and targets as they are printed in Indonesian performance reports, and the
 * matching formatter.
 *
 * <p>Real reports mix Indonesian ({@code 13.393.506.000,00}, {@code 69,31}) and English
 * ({@code 99.88%}, {@code 9,970,949,000.00}) number formats, sometimes in one document, and a
 * token such as {@code 3.450} means 3,45 in a column of NRR scores but {@code 5.985} means 5985 in
 * a column of counts. So numbers are read only through a {@link
 * io.github.lakin.core.text.NumberParser} built with an explicit {@link
 * io.github.lakin.core.text.NumberStyle} and {@link io.github.lakin.core.text.ColumnKind}; its
 * class documentation holds the full decision table. Targets ({@code < 20%}, {@code 80–90%},
 * {@code ≤ 10 hari kerja}, {@code WTP}) are read by a {@link
 * io.github.lakin.core.text.TargetParser}. Every failure is an {@link
 * io.github.lakin.core.text.InvalidTextException} that names the text and where it came from.
 *
 * <p>All types here are immutable and thread-safe; no value passes through {@code double}.
 */
@NullMarked
package io.github.lakin.core.text;

import org.jspecify.annotations.NullMarked;
