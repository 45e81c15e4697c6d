/**
 * `npm run test:faults -- --ops 1000 --seed 42`: runs the fault campaign and prints its counts.
 * Exit code 1 when a money rule broke; the seed replays the same run.
 */
import { parseArgs } from 'node:util';
import { campaignPassed, runCampaign, type CampaignReport } from './campaign';

const { values } = parseArgs({ options: { ops: { type: 'string', default: '1000' }, seed: { type: 'string' } } });
const ops = Number(values.ops);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(ops) || ops < 1 || !Number.isInteger(seed) || seed < 0) {
  console.error('usage: npm run test:faults -- [--ops N (≥ 1)] [--seed S (a non-negative integer)]');
  process.exit(2);
}

console.log(`fault campaign: ${ops} operations, seed ${seed} (replay: npm run test:faults -- --ops ${ops} --seed ${seed})`);
const report = await runCampaign({ ops, seed, log: (line) => console.log(line) });
console.log(summary(report));
process.exitCode = campaignPassed(report) ? 0 : 1;

function summary(r: CampaignReport): string {
  const f = r.findings;
  const list = (items: readonly string[]) => items.slice(0, 10).map((i) => `    - ${i}`);
  const section = (name: string, items: readonly string[]) => [`  ${name}: ${items.length}`, ...list(items)];
  return [
    `seed ${r.seed}: ${r.ops} operations in ${(r.durationMs / 1000).toFixed(1)} s`,
    `  operations: ${Object.entries(r.operations).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  answers: ${Object.entries(r.answers).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  error answers: ${Object.entries(r.errors).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    `  faults injected (hit/armed): ${Object.entries(r.faults).map(([k, v]) => `${k} ${v.hit}/${v.armed}`).join(', ')}`,
    `  core kills: ${r.kills}, sandbox restarts: ${r.sandboxRestarts}`,
    `  sales (sales contract): ${r.sales.started} started, ${r.sales.split} split (${r.sales.byLines} by lines), ${r.sales.paid} paid in full, ${r.sales.receiptsIssued} cash receipts issued`,
    `  merchant_uids checked: ${f.checked}`,
    ...section('mismatches', f.mismatches),
    ...section('double charges', f.doubleCharges),
    ...section('lost payments', f.lostPayments),
    ...section('unresolved intents', f.unresolved),
    ...section('card data in the data dir', r.cardData),
    campaignPassed(r) ? 'PASS' : 'FAIL',
  ].join('\n');
}
