import { Bench } from 'tinybench';

export interface Latency {
  p50: number;
  p95: number;
  /** Every sample, sorted (ms). */
  samples: readonly number[];
}

export interface MeasureOptions {
  iterations: number;
  warmupIterations: number;
}

/** Latency of `fn` in ms, after a warm-up, from every sample (tinybench reports no p95 itself). */
export async function measure(name: string, fn: () => unknown, options: MeasureOptions): Promise<Latency> {
  const bench = new Bench({
    iterations: options.iterations,
    time: 0,
    warmup: true,
    warmupIterations: options.warmupIterations,
    warmupTime: 0,
    retainSamples: true,
    throws: true,
  });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || !('latency' in result) || !result.latency.samples) throw new Error(`${name}: no samples`);
  return latencyOf(result.latency.samples);
}

/**
 * Measures several tasks in alternating rounds and pools each task's samples, so that drift in
 * the machine (other processes, disk flushes) is shared between them instead of landing on one.
 */
export async function measureInterleaved(
  tasks: Record<string, () => unknown>,
  options: MeasureOptions & { rounds: number },
): Promise<Record<string, Latency>> {
  const pooled: Record<string, number[]> = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  const perRound = { iterations: Math.ceil(options.iterations / options.rounds), warmupIterations: options.warmupIterations };
  for (let round = 0; round < options.rounds; round++) {
    for (const [name, fn] of Object.entries(tasks)) pooled[name]?.push(...(await measure(name, fn, perRound)).samples);
  }
  return Object.fromEntries(Object.entries(pooled).map(([name, samples]) => [name, latencyOf(samples)]));
}

function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), samples: sorted };
}

/** Linear interpolation between order statistics of sorted samples. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (pos - lo);
}
