import type { AssessmentModel, AssessmentResult } from '../../core/index.js';

/** The CSV's column headers, in the visitor's language. */
export interface CsvHeaders {
  dimensionId: string;
  dimension: string;
  score: string;
  level: string;
  nextLevel: string;
  redFlags: string;
}

/** The stable, machine-readable headers: the English default. */
export const csvHeaders: CsvHeaders = {
  dimensionId: 'dimension_id',
  dimension: 'dimension',
  score: 'score',
  level: 'level',
  nextLevel: 'next_level',
  redFlags: 'red_flags',
};

export interface ExportMeta {
  model: Pick<AssessmentModel, 'id' | 'title' | 'version' | 'scale'>;
  /** ISO timestamp the export refers to. */
  exportedAt: string;
}

/** A self-describing JSON document of a result, for the visitor's own records. */
export function resultToJSON(result: AssessmentResult, meta: ExportMeta): string {
  const doc = {
    model: { id: meta.model.id, title: meta.model.title, version: meta.model.version },
    scale: { min: meta.model.scale.min, max: meta.model.scale.max },
    exportedAt: meta.exportedAt,
    overall: result.overall,
    band: result.band,
    benchmark: result.benchmark,
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      score: d.score,
      level: d.level?.label ?? null,
      nextLevel: d.next?.label ?? null,
      redFlags: d.redFlags,
    })),
  };
  return JSON.stringify(doc, null, 2);
}

/**
 * One CSV field. Text that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or CR)
 * is prefixed with `'`; fields holding quotes, commas or line breaks are quoted with quotes doubled.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',');
}

/** A CSV of a result: one row per dimension, then the overall score, band and benchmark. CRLF line ends (RFC 4180). */
export function resultToCSV(result: AssessmentResult, meta: ExportMeta, headers: CsvHeaders = csvHeaders): string {
  const h = headers;
  const lines = [row([h.dimensionId, h.dimension, h.score, h.level, h.nextLevel, h.redFlags])];
  for (const d of result.dimensions) {
    lines.push(row([d.id, d.title, d.score, d.level?.label, d.next?.label, d.redFlags.join('; ')]));
  }
  lines.push(row(['overall', meta.model.title, result.overall, result.band?.label, result.band?.nextStep, '']));
  if (result.benchmark) {
    const b = result.benchmark;
    lines.push(row(['benchmark', b.label, b.expected, b.status, b.delta, '']));
  }
  return lines.join('\r\n') + '\r\n';
}
