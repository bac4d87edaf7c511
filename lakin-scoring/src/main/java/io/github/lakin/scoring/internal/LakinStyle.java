/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.scoring.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Gaya Immutables Lakin (the module's one Immutables style): DESIGN.md's
 * {@code @Value.Style(visibility = PACKAGE, overshadowImplementation = true, jdkOnly = true)},
 * plus a package-private generated builder, so that the only public builder is the hand-written
 * {@code X.Builder}. Declared once here as a style meta-annotation and applied in each
 * {@code package-info.java} that holds value types. Not exported: the generated
 * {@code ImmutableX} never appears in a public signature.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // Only JSpecify's annotations may be taken from the class path: not Immutables' own
    // @Generated, whose class-retained use in the jars made every consumer's javac warn
    // "Cannot find annotation method 'from()'" without value-annotations on its class path.
    allowedClasspathAnnotations = {
      org.jspecify.annotations.Nullable.class,
      org.jspecify.annotations.NullMarked.class
    })
public @interface LakinStyle {}
