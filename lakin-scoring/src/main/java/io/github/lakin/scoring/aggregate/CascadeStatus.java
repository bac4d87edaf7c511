/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.aggregate;

/**
 * Status simpul pohon kinerja (cascade node status): where a node's value comes from, or why it
 * has none. A node without a value never gets a number silently.
 *
 * <p>An enum: immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public enum CascadeStatus {
  /** Diisi: a leaf with its value given. */
  GIVEN,
  /** Diturunkan: computed from its children by its {@link CascadeRule}. */
  DERIVED,
  /** Belum ada nilai: a leaf without a value. */
  MISSING,
  /**
   * Tidak dapat dihitung: a derived node with at least one child without a value; it has no value,
   * and names the children (and, below them, the leaves) that lack one.
   */
  INCOMPLETE
}
