/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Anggaran dan analisis efisiensi (budget and efficiency): budget absorption (% serapan) as the
 * ratio of sums, and the efficiency gap between capaian kinerja and absorption.
 */
@NullMarked
package io.github.lakin.scoring.budget;

import org.jspecify.annotations.NullMarked;
