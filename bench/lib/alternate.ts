import { fmt } from './report';

/**
 * CPU µs per call of each variant, measured in this process in alternating rounds (after one warm-up round), so
 * that drift on a shared machine touches every variant alike. Prints each variant's median and its rounds.
 */
export function alternateCpu(
  title: string,
  variants: Record<string, () => void>,
  o: { rounds: number; calls: number },
): Map<string, number> {
  const perCall = (run: () => void): number => {
    const before = process.cpuUsage();
    for (let i = 0; i < o.calls; i++) run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / o.calls;
  };
  Object.values(variants).forEach(perCall);
  const rounds = new Map<string, number[]>(Object.keys(variants).map((k) => [k, []]));
  for (let r = 0; r < o.rounds; r++) for (const [name, run] of Object.entries(variants)) rounds.get(name)?.push(perCall(run));
  console.log(`=== ${title}, ${o.rounds} rounds of ${fmt(o.calls)} ===`);
  const medians = new Map<string, number>();
  for (const [name, xs] of rounds) {
    const median = [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    medians.set(name, median);
    console.log(`${name}: median ${fmt(median, 1)} µs per call (${xs.map((x) => fmt(x, 1)).join(', ')})`);
  }
  return medians;
}
