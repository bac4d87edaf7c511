/** Penilaian capaian: scoring strategies, achievements and their policies. */
@NullMarked
package io.github.lakin.scoring;

import org.jspecify.annotations.NullMarked;
