/*
 * Copyright 2026 The Lakin authors
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.lakin.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Templat buku kerja (workbook template): an empty input workbook in the layout
 * {@link WorkbookReportReader} reads — the sheet {@code laporan} with the column headings, drop-down
 * lists for {@code polarity}, {@code formula}, {@code negative} and {@code consolidation}, the sheet {@code pengaturan}
 * with every setting key, the sheet {@code anggaran} with the header of the budget lines, and the
 * sheet {@code petunjuk} that explains each column in Indonesian.
 * Stateless; writes to the stream it is given and closes nothing.
 *
 * <p>Holds no state: safe to call from any thread at once.
 *
 * @since 0.1.0
 */
public final class WorkbookTemplate {
  /** Rows of the input sheet that get the drop-down lists. */
  static final int ROWS = 500;

  /** Each column with what the petunjuk sheet says of it. */
  private static final List<String[]> COLUMNS = List.of(
      new String[] {"goal", "Kode sasaran (misalnya SK1). Indikator satu sasaran ditulis berurutan."},
      new String[] {"indicator", "Kode indikator (misalnya 1.1), unik dalam berkas. Tulis sebagai teks agar tidak berubah menjadi tanggal."},
      new String[] {"name", "Nama indikator; bila kosong, kodenya dipakai."},
      new String[] {"unit", "Satuan: %, persen, indeks, nilai, dokumen, orang, hari, hari kerja, bulan, Rp, atau label lain."},
      new String[] {"polarity", "Polaritas: higher (semakin tinggi semakin baik) atau lower (semakin rendah semakin baik); "
          + "kosong: ditentukan dari target (misalnya < 20%), selain itu higher."},
      new String[] {"target", "Target: angka (69 atau 69,31), pembanding (< 20%, ≤ 10 hari kerja) atau rentang (80–90)."},
      new String[] {"realisasi", "Realisasi: angka, 82,96* (nilai sementara tahun sebelumnya), hitungan 23/24, "
          + "atau N/A, - atau kosong (belum tersedia)."},
      new String[] {"weight", "Bobot indikator (opsional), untuk agregasi berbobot."},
      new String[] {"printed", "Capaian yang tercetak di laporan (opsional), untuk pemeriksaan (lakin audit); "
          + "dibandingkan pada jumlah desimal yang ditampilkan sel."},
      new String[] {"formula", "Rumus (opsional): ratio, inverse, inverse-ratio, closeness, reduction (perlu baseline), "
          + "categorical atau ordinal (perlu ordinal-scale); kosong: rumus bawaan sesuai polaritas."},
      new String[] {"baseline", "Nilai awal (opsional), untuk rumus reduction."},
      new String[] {"negative", "yes bila nilai indikator boleh negatif (misalnya tunggakan yang bertambah)."},
      new String[] {"period", "Periode (opsional): TW I … TW IV, Semester I atau II, atau bulan Januari … Desember; satu baris per "
          + "periode, semua periode tahun itu, baris satu indikator berurutan; kosong: baris tahunan."},
      new String[] {"consolidation", "Cara konsolidasi periode (wajib bila ada baris periode): SUM (jumlah), LAST (nilai terakhir), "
          + "AVERAGE (rata-rata), MAX (tertinggi) atau MIN (terendah)."},
      new String[] {"previous", "Realisasi tahun sebelumnya (opsional), ditulis seperti realisasi; untuk tren per indikator "
          + "(meningkat, tetap atau menurun) dan grafik perbandingan antartahun."},
      new String[] {"ordinal-scale", "Skala ordinal (opsional) bila realisasi berupa kode: opini-bpk (TMP < TW < WDP < WTP), "
          + "predikat-sakip, atau kode dari terburuk ke terbaik dipisah <; nilai kode = urutannya dari 1."},
      new String[] {"decimals", "Jumlah desimal terbanyak (opsional, 0–10) untuk target dan realisasi indikator; lebih dari itu "
          + "ditolak."});

  /** Each budget column with what the petunjuk sheet says of it, in the order of {@link BudgetTable#COLUMNS}. */
  private static final List<String[]> BUDGET_COLUMNS = List.of(
      new String[] {"code", "Kode baris anggaran (program, kegiatan atau output/RO), unik; kosong: baris total."},
      new String[] {"name", "Nama baris anggaran; bila kosong, kodenya dipakai."},
      new String[] {"goal", "Kode sasaran yang dibiayai baris ini (opsional), untuk serapan dan efisiensi per sasaran."},
      new String[] {"pagu-awal", "Pagu awal dalam Rupiah (opsional)."},
      new String[] {"pagu", "Pagu akhir (setelah revisi) dalam Rupiah, misalnya 9.970.949.000 (wajib)."},
      new String[] {"realisasi", "Realisasi anggaran dalam Rupiah (wajib; 0 bila belum ada)."},
      new String[] {"printed", "Serapan yang tercetak di laporan untuk baris ini (opsional); pada baris total: serapan seluruhnya."},
      new String[] {"efficiency-gap", "Hanya pada baris total (opsional): selisih capaian − serapan yang tercetak, dalam poin."},
      new String[] {"efficiency-index", "Hanya pada baris total (opsional): indeks efisiensi capaian ÷ serapan yang tercetak, misalnya 1,063."});

  /** Each setting key with what the pengaturan sheet says of it. */
  private static final List<String[]> SETTINGS = List.of(
      new String[] {"schema", "lakin-report/2", "Versi format berkas."},
      new String[] {"year", "", "Tahun laporan, misalnya 2023 (wajib, atau --year)."},
      new String[] {"unit-code", "", "Kode unit kerja, misalnya BIRO-PERENCANAAN."},
      new String[] {"unit-name", "", "Nama unit kerja."},
      new String[] {"number-style", "", "indonesian (1.250 = 1250; 69,31), english (1,250 = 1250; 69.31) atau mixed (bawaan)."},
      new String[] {"cap", "", "Batas atas capaian tiap indikator, misalnya 120; kosong: tanpa batas."},
      new String[] {"aggregate", "", "flat (rata-rata seluruh indikator, bawaan), goals (rata-rata capaian sasaran) atau weighted."},
      new String[] {"scale", "", "Jumlah desimal yang ditampilkan, 0–10 (bawaan 2)."},
      new String[] {"rounding", "", "half-up (bawaan), down (pemotongan) atau half-even."},
      new String[] {"rounding-stage", "", "end (dibulatkan sekali di akhir, bawaan) atau each-level (dibulatkan di tiap tingkat)."},
      new String[] {"lower-formula", "", "inverse ((2 − r/t) × 100, bawaan) atau inverse-ratio (t/r × 100) untuk indikator "
          + "semakin rendah semakin baik."},
      new String[] {"zero-target", "", "Capaian bila target 0: default (realisasi 0 = 100, selain itu tidak terdefinisi) atau dua nilai, "
          + "saat target dan realisasi 0 lalu saat hanya target 0, masing-masing angka atau undefined, misalnya 100 0; nilai kedua boleh fungsi realisasi r×100+100."},
      new String[] {"provisional", "", "Nilai sementara (*) dalam rata-rata: include (disertakan dan ditandai, bawaan), exclude "
          + "(dikeluarkan) atau fail (ditolak)."},
      new String[] {"missing", "", "Indikator tanpa capaian dalam rata-rata: exclude (dikeluarkan dan dicatat, bawaan) atau fail "
          + "(ditolak)."},
      new String[] {"as-of", "", "Hitung capaian s.d. periode, misalnya TW II 2024; kosong: capaian tahunan."},
      new String[] {"preset", "", "Aturan sistem lain (docs/presets.md): standard, regional-truncated, wp-eval-sakip, kwanter-sakip atau "
          + "esakip-v2; pengaturan lain di lembar ini mengalahkannya."},
      new String[] {"negative-target", "", "Target negatif: reject (ditolak, bawaan) atau deviation (keduanya negatif: "
          + "100 ± (r − t) / |t| × 100)."});

  private WorkbookTemplate() {}

  /** The sheet of budget lines: its header, amounts as text so that 9.970.949.000 stays as typed. */
  private static void budgetSheet(Workbook wb) {
    Worksheet budget = wb.newWorksheet(WorkbookReportReader.BUDGET_SHEET);
    for (int c = 0; c < BUDGET_COLUMNS.size(); c++) {
      budget.value(0, c, BUDGET_COLUMNS.get(c)[0]);
      budget.style(0, c).bold().fillColor("D9E1F2").set();
      budget.width(c, c == 1 ? 40 : 18);
      budget.style(c).format("@").set();
    }
    budget.freezePane(0, 1);
  }

  /**
   * Writes the empty template workbook.
   *
   * @param out where the workbook goes; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "Lakin", "1.0");
      Worksheet rows = wb.newWorksheet(WorkbookReportReader.ROWS_SHEET);
      for (int c = 0; c < COLUMNS.size(); c++) {
        rows.value(0, c, COLUMNS.get(c)[0]);
        rows.style(0, c).bold().fillColor("D9E1F2").set();
        rows.width(c, c == 2 ? 48 : 14);
        rows.style(c).format("@").set();
      }
      rows.freezePane(0, 1);
      Worksheet lists = wb.newWorksheet("daftar");
      String[][] choices = {{"higher", "lower"}, {"ratio", "inverse", "inverse-ratio", "closeness", "reduction", "categorical", "ordinal"},
          {"yes"}, {"SUM", "LAST", "AVERAGE", "MAX", "MIN"}};
      for (int k = 0; k < choices.length; k++) {
        for (int i = 0; i < choices[k].length; i++) {
          lists.value(i, k, choices[k][i]);
        }
      }
      rows.range(1, 4, ROWS, 4).validateWithList(lists.range(0, 0, choices[0].length - 1, 0)).allowBlank(true);
      rows.range(1, 9, ROWS, 9).validateWithList(lists.range(0, 1, choices[1].length - 1, 1)).allowBlank(true);
      rows.range(1, 11, ROWS, 11).validateWithList(lists.range(0, 2, 0, 2)).allowBlank(true);
      rows.range(1, 13, ROWS, 13).validateWithList(lists.range(0, 3, choices[3].length - 1, 3)).allowBlank(true);
      Worksheet settings = wb.newWorksheet(WorkbookReportReader.SETTINGS_SHEET);
      settings.value(0, 0, "key");
      settings.value(0, 1, "value");
      settings.value(0, 2, "keterangan");
      for (int c = 0; c < 3; c++) {
        settings.style(0, c).bold().fillColor("D9E1F2").set();
      }
      for (int i = 0; i < SETTINGS.size(); i++) {
        String[] s = SETTINGS.get(i);
        settings.value(i + 1, 0, s[0]);
        settings.value(i + 1, 1, s[1]);
        settings.style(i + 1, 1).format("@").set();
        settings.value(i + 1, 2, s[2]);
      }
      settings.width(0, 16);
      settings.width(1, 28);
      settings.width(2, 90);
      budgetSheet(wb);
      Worksheet help = wb.newWorksheet("petunjuk");
      help.value(0, 0, "Petunjuk pengisian laporan kinerja (format lakin-report/2)");
      help.style(0, 0).bold().fontSize(13).set();
      help.value(1, 0, "Isi satu baris per indikator pada lembar laporan; isi pengaturan (paling tidak year) pada lembar "
          + "pengaturan. Baris tanpa kode indikator yang hanya berisi goal dan printed memuat capaian tercetak sasaran "
          + "itu; bila goal juga kosong, capaian tercetak unit.");
      help.value(3, 0, "Kolom");
      help.value(3, 1, "Keterangan");
      help.style(3, 0).bold().set();
      help.style(3, 1).bold().set();
      for (int c = 0; c < COLUMNS.size(); c++) {
        help.value(4 + c, 0, COLUMNS.get(c)[0]);
        help.value(4 + c, 1, COLUMNS.get(c)[1]);
      }
      int b = 5 + COLUMNS.size();
      help.value(b, 0, "Lembar anggaran: satu baris per baris anggaran; serapan = Σ realisasi / Σ pagu × 100 (rasio jumlah, "
          + "bukan rata-rata persentase). Lembar yang hanya berisi judul kolom berarti tanpa anggaran.");
      for (int c = 0; c < BUDGET_COLUMNS.size(); c++) {
        help.value(b + 1 + c, 0, BUDGET_COLUMNS.get(c)[0]);
        help.value(b + 1 + c, 1, BUDGET_COLUMNS.get(c)[1]);
      }
      help.width(0, 14);
      help.width(1, 120);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
