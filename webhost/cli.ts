import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Lang } from '../contract/schemas';
import { startWebHost } from './server';

/** Hands the URL to the desktop's browser; the host keeps running if there is none. */
function openInBrowser(url: string): void {
  const [command, ...args] =
    process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  const child = spawn(command as string, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.log('Could not start a browser: open the address above yourself.'));
  child.unref();
}

/**
 * `npm run web -- --port N [--open]`: the browser host on http://127.0.0.1:N (see README). It
 * prints the one address with this run's token; only a browser that opened it can use the API.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '5180' }, open: { type: 'boolean', default: false } }, strict: true });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);

  const lang = process.env.POS_LANG ? Lang.safeParse(process.env.POS_LANG.trim().toLowerCase()) : null;
  if (lang && !lang.success) throw new Error('POS_LANG must be ko or en');
  const dataDir = process.env.POS_DATA_DIR || mkdtempSync(join(tmpdir(), 'hecto-pos-web-'));

  const host = await startWebHost({
    port,
    dataDir,
    logToConsole: true,
    ...(lang?.success ? { lang: lang.data } : {}),
    ...(process.env.PORTONE_API_URL ? { portoneApiUrl: process.env.PORTONE_API_URL } : {}),
  });
  console.log(`Hecto POS browser host: open ${host.url}  (data: ${dataDir})`);
  console.log('For tests, demos and development only: credentials are kept in memory and lost on exit.');
  if (values.open) openInBrowser(host.url);

  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
