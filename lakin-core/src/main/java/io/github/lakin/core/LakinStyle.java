/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** Gaya Immutables: the one Immutables style of this module (package-private, JDK-only). */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaultAsDefault = true,
    // Only JSpecify's annotations may be taken from the class path: not Immutables' own
    // @Generated, whose class-retained use in the jars made every consumer's javac warn
    // "Cannot find annotation method 'from()'" without value-annotations on its class path.
    allowedClasspathAnnotations = {
      org.jspecify.annotations.Nullable.class,
      org.jspecify.annotations.NullMarked.class
    })
@interface LakinStyle {}
