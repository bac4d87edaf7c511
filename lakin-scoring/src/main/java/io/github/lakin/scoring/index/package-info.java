/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Indeks komposit (composite indices): the Indeks Kepuasan Masyarakat (IKM) of a public
 * satisfaction survey (PermenPANRB 14/2017), the SAKIP Lembar Kerja Evaluasi (LKE, PermenPANRB
 * 88/2021), general weighted composite indices with presets (Indeks Profesionalitas ASN, Indeks
 * Perencanaan Pembangunan), and the Krejcie–Morgan survey sample size.
 *
 * <p>Everything is exact: the nilai penimbang of the IKM is exactly {@code 1/n}, means are exact
 * {@link io.github.lakin.core.Rational}s, and a value is rounded once, half-up, only for display.
 * Start with {@link io.github.lakin.scoring.index.Ikm}, {@link io.github.lakin.scoring.index.Lke},
 * {@link io.github.lakin.scoring.index.WeightedIndex} and
 * {@link io.github.lakin.scoring.index.SampleSize}. Bad input fails with an
 * {@link io.github.lakin.core.InvalidValueException} whose message names the respondent, the unsur
 * or component, and the value.
 */
@NullMarked
package io.github.lakin.scoring.index;

import org.jspecify.annotations.NullMarked;
