/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns median and p95 in ms. */
export async function measure(runs: number, fn: () => unknown, warmup = 0) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { runs, p50: pick(0.5).toFixed(1), p95: pick(0.95).toFixed(1) };
}
