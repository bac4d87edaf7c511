/**
 * Pembacaan angka (reading numbers): the explicit parser for numbers and targets as printed in
 * Indonesian reports, with the locale and column context given by the caller.
 */
@NullMarked
package io.github.lakin.core.text;

import org.jspecify.annotations.NullMarked;
