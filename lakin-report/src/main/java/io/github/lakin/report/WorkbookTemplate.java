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
 * lists for {@code polarity}, {@code formula} and {@code negative}, the sheet {@code pengaturan}
 * with every setting key, and the sheet {@code petunjuk} that explains each column in Indonesian.
 * Stateless; writes to the stream it is given and closes nothing.
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
      new String[] {"formula", "Rumus (opsional): ratio, inverse, inverse-ratio, closeness, reduction (perlu baseline) "
          + "atau categorical; kosong: rumus bawaan sesuai polaritas."},
      new String[] {"baseline", "Nilai awal (opsional), untuk rumus reduction."},
      new String[] {"negative", "yes bila nilai indikator boleh negatif (misalnya tunggakan yang bertambah)."});

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
          + "semakin rendah semakin baik."});

  private WorkbookTemplate() {}

  /**
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
      String[][] choices = {{"higher", "lower"}, {"ratio", "inverse", "inverse-ratio", "closeness", "reduction", "categorical"},
          {"yes"}};
      for (int k = 0; k < choices.length; k++) {
        for (int i = 0; i < choices[k].length; i++) {
          lists.value(i, k, choices[k][i]);
        }
      }
      rows.range(1, 4, ROWS, 4).validateWithList(lists.range(0, 0, choices[0].length - 1, 0)).allowBlank(true);
      rows.range(1, 9, ROWS, 9).validateWithList(lists.range(0, 1, choices[1].length - 1, 1)).allowBlank(true);
      rows.range(1, 11, ROWS, 11).validateWithList(lists.range(0, 2, 0, 2)).allowBlank(true);
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
      help.width(0, 14);
      help.width(1, 120);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
