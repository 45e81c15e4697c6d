/**
 * The app's main-side services in a process of their own, so the fault campaign can SIGKILL them
 * mid-operation: createAppCore + the router, exactly as the browser host wires them, driven by
 * JSON lines on stdin (`{id, method, payload}` or `{id, control}`) and answering on stdout.
 * On start it runs the start-up recovery of open intents, as both hosts do.
 */
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import { createRouter } from '../../main/ipc/router';
import { createLogger, fileSink } from '../../main/logging';
import type { Sleep } from '../../main/payments/resolver';
import { SENTINEL_ORIGIN, type PaymentWindowEvents, type PaymentWindowHost } from '../../main/window-payments/host';
import { createTestCore, IPC_CALLER as CALLER } from '../support/test-core';
import { JumpClock, WorkerConfig, WorkerCommand, type WorkerReply } from './worker-protocol';

const config = WorkerConfig.parse(JSON.parse(process.argv[2] ?? '{}'));

/** Background lookups back off 1, 2, 4… s in the app; here the same schedule runs `speedup` times faster. */
const sleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms / config.speedup);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

/** The payment windows main has open, as a host keeps them; the campaign plays the customer's side. */
const windows = new Map<string, PaymentWindowEvents>();
const returnUrl = (merchantUid: string) => `${SENTINEL_ORIGIN}/return/${merchantUid}`;
const paymentWindow: PaymentWindowHost = {
  returnUrl,
  aliveUrl: () => null,
  open(page, events) {
    windows.set(page.merchantUid, events);
    return { pageUrl: null, close: () => windows.delete(page.merchantUid) };
  },
};

/** Wall-clock steps the campaign injects; the monotonic clock (performance.now) never moves with them. */
let wallOffsetMs = 0;

// The real logger with its file sink: the campaign scans this log for card data afterwards.
const logger = createLogger({ level: 'info', sinks: [fileSink(join(config.dataDir, 'logs', 'pos.log'))] });
const core = await createTestCore({
  dataDir: config.dataDir,
  logger,
  portoneApiUrl: config.apiUrl,
  portoneTimeouts: config.timeouts,
  settleGraceMs: config.settleGraceMs,
  sleep,
  paymentWindow,
  now: () => Date.now() + wallOffsetMs,
});
const router = createRouter(core.handlers, logger);
const recovered = core.recoverPending();

const reply = (message: WorkerReply): void => {
  process.stdout.write(`${JSON.stringify(message)}\n`);
};

async function handle(line: string): Promise<void> {
  const command = WorkerCommand.parse(JSON.parse(line));
  if ('method' in command) {
    reply({ id: command.id, result: await router.callMethod(command.method, command.payload, CALLER) });
    return;
  }
  if (command.control === 'window') {
    const events = windows.get(command.merchantUid);
    windows.delete(command.merchantUid);
    if (command.event === 'closed') events?.closed();
    else {
      const query = new URLSearchParams({ merchant_uid: command.merchantUid });
      if (command.impUid !== null) query.set('imp_uid', command.impUid);
      if (command.errorCode !== null) query.set('error_code', command.errorCode);
      events?.returned(`${returnUrl(command.merchantUid)}?${query.toString()}`);
    }
  } else if (command.control === 'drain') {
    // What a till left running does: finish start-up recovery and every background lookup, and
    // look again once every request sent so far has surely ended (timeout + grace), which is
    // when a missing cancel or charge may be called "not made".
    await recovered;
    const surelyEnded = Date.now() + config.timeouts.chargeMs + config.settleGraceMs + 200;
    do {
      await core.recoverPending();
      await core.whenIdle();
      await delay(100);
    } while (Date.now() < surelyEnded);
    await core.recoverPending();
    await core.whenIdle();
  } else {
    await core.close();
  }
  reply({ id: command.id, done: command.control });
  if (command.control === 'close') process.exit(0);
}

// One command at a time, in order, as one cashier at one till sends them.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  const jump = JumpClock.safeParse(JSON.parse(line));
  if (jump.success) {
    // Not queued: the step lands in the middle of whatever the till is doing.
    wallOffsetMs += jump.data.ms;
    reply({ id: jump.data.id, done: 'jumpClock' });
    return;
  }
  queue = queue.then(() => handle(line)).catch((error: unknown) => {
    process.stderr.write(`worker: ${error instanceof z.ZodError ? 'bad command' : String(error)}\n`);
    process.exit(2);
  });
});
reply({ ready: true });
