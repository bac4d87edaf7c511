/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.spring.demo;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small Boot 4 application that adds nothing but the starter (and spring-boot-starter-webmvc). */
@SpringBootApplication
public class DemoApplication {}
