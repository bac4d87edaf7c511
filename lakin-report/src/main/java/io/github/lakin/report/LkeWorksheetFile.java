/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import io.github.lakin.core.InvalidValueException;
import io.github.lakin.core.text.InvalidTextException;
import io.github.lakin.report.ReportRow.Text;
import io.github.lakin.scoring.index.AnswerScale;
import io.github.lakin.scoring.index.LkeAssessor;
import io.github.lakin.scoring.index.LkeWorksheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Berkas LKE (LKE worksheet file): a filled SAKIP Lembar Kerja Evaluasi (PermenPANRB 88/2021
 * template) in CSV, one row per criterion, for {@code lakin lke FILE}.
 *
 * <pre>
 * component,sub-component,scale,answer
 * perencanaan,keberadaan,Y/T,Y
 * perencanaan,keberadaan,Y/T,
 * perencanaan,kualitas,A-E,B
 * </pre>
 *
 * <p>Columns, in any order (Indonesian names in brackets): {@code component} (komponen),
 * {@code sub-component} (sub-komponen), {@code scale} (skala: {@code Y/T}, {@code A-E},
 * {@code A-D}), and either {@code answer} (jawaban) or one column per assessor:
 * {@code self-assessment} (penilaian-mandiri), {@code evaluator}, {@code quality-assurer}
 * (penjamin-mutu). An empty answer is an unanswered criterion (by that assessor). Rows of a
 * sub-component are its criteria in order.
 *
 * <p>Every error names file:line:column. Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class LkeWorksheetFile {
  private static final List<String> COLUMNS =
      List.of("component", "sub-component", "scale", "answer", "self-assessment", "evaluator", "quality-assurer");
  private static final Map<String, String> ALIASES = Map.of("komponen", "component", "sub-komponen", "sub-component", "skala",
      "scale", "jawaban", "answer", "penilaian-mandiri", "self-assessment", "penjamin-mutu", "quality-assurer");
  private static final SmallCsvTable.Shape SHAPE = new SmallCsvTable.Shape("an LKE worksheet", List.of("name"), COLUMNS, ALIASES, 3,
      "component,sub-component,scale and answer, or self-assessment,evaluator,quality-assurer", "criteria");
  private static final int COMPONENT = 0;
  private static final int SUB = 1;
  private static final int SCALE = 2;
  private static final int ANSWER = 3;
  private static final io.github.lakin.scoring.index.LkeTemplate TEMPLATE =
      io.github.lakin.scoring.index.LkeTemplate.permenPanRb88Of2021();
  private static final LkeAssessor[] ASSESSORS = {LkeAssessor.SELF_ASSESSMENT, LkeAssessor.EVALUATOR, LkeAssessor.QUALITY_ASSURER};

  private LkeWorksheetFile() {}

  /**
   * Reads an LKE worksheet from a CSV file.
   *
   * @param file a CSV worksheet, UTF-8
   * @return the worksheet over the PermenPANRB 88/2021 template
   * @throws InvalidTextException for a bad cell, naming file, line and column
   * @throws IOException if the file cannot be read
   */
  public static LkeWorksheet read(Path file) throws IOException {
    return read(file.toString(), Encodings.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads an LKE worksheet from CSV text.
   *
   * @param source the name in error messages
   * @param csv the CSV text
   * @return the worksheet over the PermenPANRB 88/2021 template
   * @throws InvalidTextException for a bad cell, naming the source, line and column
   */
  public static LkeWorksheet read(String source, String csv) {
    SmallCsvTable t = SmallCsvTable.read(source, csv, SHAPE);
    boolean assessed = t.column[ANSWER + 1] >= 0 || t.column[ANSWER + 2] >= 0 || t.column[ANSWER + 3] >= 0;
    boolean plain = t.column[ANSWER] >= 0;
    if (assessed == plain) {
      CsvRecords.Field f = t.header.get(0);
      throw new InvalidTextException(f.text, io.github.lakin.core.text.TextLocation.of(source, f.line, 1), "an LKE worksheet header",
          assessed ? "give the column answer or the assessors' columns, not both"
              : "the column 'answer' (or self-assessment, evaluator, quality-assurer) is missing");
    }
    LkeWorksheet.Builder b = LkeWorksheet.builder();
    for (List<CsvRecords.Field> r : t.rows) {
      Text component = t.cell(r, COMPONENT);
      Text sub = t.cell(r, SUB);
      Text scaleText = t.cell(r, SCALE);
      AnswerScale scale = scale(scaleText);
      io.github.lakin.scoring.index.LkeComponent comp;
      try {
        comp = TEMPLATE.component(component.value());
      } catch (InvalidValueException e) {
        throw new InvalidTextException(component.value(), component.location(), "an LKE component", String.valueOf(e.getMessage()));
      }
      try {
        comp.subComponent(sub.value());
      } catch (InvalidValueException e) {
        throw new InvalidTextException(sub.value(), sub.location(), "an LKE sub-component", String.valueOf(e.getMessage()));
      }
      Text at = component;
      try {
        if (!assessed) {
          Text answer = t.cell(r, ANSWER);
          at = answer;
          if (answer.isEmpty()) {
            b.unanswered(component.value(), sub.value(), scale);
          } else {
            b.answer(component.value(), sub.value(), scale, answer.value());
          }
        } else {
          Map<LkeAssessor, String> answers = new EnumMap<>(LkeAssessor.class);
          for (int k = 0; k < ASSESSORS.length; k++) {
            if (t.column[ANSWER + 1 + k] >= 0) {
              Text a = t.cell(r, ANSWER + 1 + k);
              answers.put(ASSESSORS[k], a.value());
              if (!a.isEmpty() && !scale.accepts(a.value())) {
                at = a;
              }
            }
          }
          b.assessed(component.value(), sub.value(), scale, answers);
        }
      } catch (InvalidValueException e) {
        throw new InvalidTextException(at.value(), at.location(), "an LKE answer", String.valueOf(e.getMessage()));
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      CsvRecords.Field f = t.header.get(0);
      throw new InvalidTextException("", io.github.lakin.core.text.TextLocation.of(source, f.line, 1), "an LKE worksheet",
          String.valueOf(e.getMessage()));
    }
  }

  private static AnswerScale scale(Text t) {
    for (AnswerScale s : List.of(AnswerScale.yesNo(), AnswerScale.aToE(), AnswerScale.aToD())) {
      if (s.name().equalsIgnoreCase(t.value().replace('–', '-'))) {
        return s;
      }
    }
    throw new InvalidTextException(t.value(), t.location(), "an answer scale", "write Y/T, A-E or A-D");
  }

}
