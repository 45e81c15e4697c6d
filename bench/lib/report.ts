import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { Row } from './types';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
}

export function machine(): Machine {
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

const fmt = (n: number | null, digits = 3): string => (n === null ? '–' : Number(n.toPrecision(digits)).toString());

export function markdown(rows: readonly Row[], m: Machine, date: string): string {
  const lines = [
    `Bench ${date} — ${m.os}, ${m.cpu} ×${m.cores}, ${m.memoryGb} GB, Node ${m.node}`,
    '',
    '| figure | value | baseline | ratio | p50 | p95 | note |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.figure} | ${fmt(r.value)} ${r.unit} | ${r.baseline === null ? '–' : `${fmt(r.baseline)} ${r.unit}`} | ${r.ratio === null ? '–' : `${fmt(r.ratio)}×`} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${r.note} |`,
    ),
  ];
  return lines.join('\n');
}

/** bench/results/<date>.json and latest.json (the folder is gitignored). */
export function writeResults(dir: string, rows: readonly Row[], m: Machine, date: string): string {
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify({ date, machine: m, rows }, null, 2);
  const file = join(dir, `${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  return file;
}
