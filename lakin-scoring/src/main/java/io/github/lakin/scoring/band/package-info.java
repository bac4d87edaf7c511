/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Predikat dan tabel predikat (bands and band tables): the grade a value falls in, and the
 * conversion of capaian into a nilai capaian.
 *
 * <p>A {@link io.github.lakin.scoring.band.BandTable} is data: ordered {@link
 * io.github.lakin.scoring.band.Band}s with open or closed {@link io.github.lakin.scoring.band.Bound}s,
 * a {@link io.github.lakin.scoring.band.GapPolicy} for tables that leave gaps between bands, and a
 * record of its source and how well that source was {@link
 * io.github.lakin.scoring.band.Verification verified}. {@link
 * io.github.lakin.scoring.band.StockTables} holds the tables of the regulations (SAKIP, IKM, IPP,
 * Indeks Profesionalitas ASN, SPM, Indeks Perencanaan Pembangunan); users build their own local
 * scales with {@link io.github.lakin.scoring.band.BandTable#builder(String)}. {@link
 * io.github.lakin.scoring.band.AchievementScore} converts a capaian percentage into the 0–120 nilai
 * capaian of PermenPANRB 8/2021.
 *
 * <p>All comparisons are exact ({@link java.math.BigDecimal} and {@link
 * io.github.lakin.core.Rational}); every type is immutable.
 */
@NullMarked
package io.github.lakin.scoring.band;

import org.jspecify.annotations.NullMarked;
