import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from './server-process.ts';

/** One line of the results table; figures that do not apply are null. */
export interface Row {
  name: string;
  /** Requests (or signatures) per second. */
  rps: number | null;
  /** Milliseconds. */
  p50: number | null;
  p99: number | null;
  /** API figure divided by its baseline's, taken in the same run. */
  ratio: number | null;
  /** The measured value the goal is about, when it is not the ratio (ms, MB, KB, count). */
  value?: number | null;
  unit?: string;
  goal: string;
  pass: boolean;
  note?: string;
}

export const RESULTS_FILE = path.join(ROOT_DIR, 'bench', 'results.json');

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits);

export function formatTable(rows: Row[]): string {
  const header = ['name', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'value', 'goal', 'result'];
  const lines = rows.map((r) => [
    r.name,
    fmt(r.rps, r.rps !== null && r.rps < 10 ? 2 : 0),
    fmt(r.p50, 1),
    fmt(r.p99, 1),
    fmt(r.ratio, 2),
    r.value === undefined || r.value === null
      ? '-'
      : `${fmt(r.value, r.unit === 'errors' ? 0 : 1)} ${r.unit ?? ''}`.trim(),
    r.goal,
    r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const render = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(' | ')} |`;
  return [
    render(header),
    `|${widths.map((w, i) => (i === 0 || i >= 6 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...lines.map(render),
  ].join('\n');
}

export function machine() {
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Writes one section (`benchmarks` or `soak`) of bench/results.json, keeping the other. */
export async function writeResults(
  section: 'benchmarks' | 'soak' | 'frontend',
  data: Record<string, unknown>,
) {
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    // first run
  }
  const next = { ...existing, [section]: { at: new Date().toISOString(), machine: machine(), ...data } };
  await writeFile(RESULTS_FILE, `${JSON.stringify(next, null, 2)}\n`);
}
