import { startSandbox, type SandboxHandle } from '../../sandbox/server';

/**
 * The sandbox as a PortOne that can go down and come back: `restart()` closes it (dropping every
 * open connection and in-flight request) and starts it again on the same journal file and port,
 * so the app's base URL, and therefore its intents' `api_env`, stay the same.
 */
export interface RestartableSandbox {
  readonly url: string;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function restartableSandbox(dataFile: string): Promise<RestartableSandbox> {
  let current: SandboxHandle = await startSandbox({ port: 0, dataFile });
  const url = current.url;
  const port = Number(new URL(url).port);
  return {
    url,
    async restart() {
      await current.close();
      current = await startSandbox({ port, dataFile });
    },
    close: () => current.close(),
  };
}
