import { startSandbox } from './server';

/** `npm run sandbox -- --port 8091 [--data FILE] [--billing-key-only] [--lenient-json-numbers]` */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('--port') ?? 8091);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('usage: npm run sandbox -- --port 8091 [--data FILE] [--billing-key-only] [--lenient-json-numbers]');
  process.exit(2);
}

const sandbox = await startSandbox({
  port,
  dataFile: arg('--data') ?? null,
  billingKeyOnlyIssuance: process.argv.includes('--billing-key-only'),
  lenientJsonNumbers: process.argv.includes('--lenient-json-numbers'),
});
const c = sandbox.credentials;
console.log(`PortOne V1 sandbox (settle) listening on ${sandbox.url}`);
console.log(`  imp_key      ${c.impKey}`);
console.log(`  imp_secret   ${c.impSecret}`);
console.log(`  IMP code     ${c.impCode}`);
console.log(`  window MID   ${c.windowMid}   (pg: 'settle.${c.windowMid}')`);
console.log(`  keyed MID    ${c.keyedMid}   (pg: 'settle.${c.keyedMid}')`);
console.log(`  channel key  ${c.channelKey}   (cash receipts: channel_key)`);
console.log(`  JS SDK       ${sandbox.url}/sdk/iamport.js`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
