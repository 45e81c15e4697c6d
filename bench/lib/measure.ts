import { Bench } from 'tinybench';

export interface Latency {
  p50: number;
  p95: number;
  mean: number;
  samples: number;
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
  const samples = result.latency.samples;
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), mean: result.latency.mean, samples: samples.length };
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
