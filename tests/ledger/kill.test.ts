import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../main/ledger/ledger';
import { tempDir } from '../core/support/temp-dir';

const writer = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));

/** Runs the writer until it has acknowledged `count` intents, then SIGKILLs it mid-loop. */
function writeThenKill(dataDir: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      acked.push(...lines.filter(Boolean));
      if (acked.length >= count && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited (${code}) before it was killed: ${stderr}`));
    });
  });
}

describe('ledger durability', () => {
  const dirs: ReturnType<typeof tempDir>[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.cleanup()));

  it('keeps every acknowledged write when the writing process is killed mid-write', async () => {
    const dir = tempDir();
    dirs.push(dir);
    // Two rounds: the second reopens a file whose previous writer was killed.
    const acked = [...(await writeThenKill(dir.path, 200)), ...(await writeThenKill(dir.path, 200))];
    const ledger = new Ledger({ dataDir: dir.path });
    try {
      expect(ledger.integrityCheck()).toBe('ok');
      const intents = acked.filter((line) => line.startsWith('intent ')).map((line) => line.slice(7));
      const outcomes = acked.filter((line) => line.startsWith('outcome ')).map((line) => line.slice(8));
      expect(intents.length).toBeGreaterThanOrEqual(200);
      const open = new Map(ledger.open().map((i) => [i.merchantUid, i]));
      // Every acknowledged intent is there, whole (row + events) and listed for recovery…
      for (const uid of intents) {
        expect(open.get(uid)?.requestSentAt).not.toBeNull();
        expect(ledger.detail(uid)?.events.slice(0, 2).map((e) => e.type)).toEqual(['intent', 'request_sent']);
      }
      // …and so is every acknowledged outcome (a kill, unlike a power cut, loses no committed write).
      for (const uid of outcomes) expect(ledger.get(uid)?.payment.status).toBe('unknown');
    } finally {
      ledger.close();
    }
  }, 60_000);
});
