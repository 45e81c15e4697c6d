import type { z } from 'zod';
import type { ConnectionFailure, ConnectionTestResult } from '../../contract/settings';
import type { Credentials } from '../config/secret-vault';
import { requestToken } from '../portone/client';
import { createTransport } from '../portone/transport';

type Result = z.infer<typeof ConnectionTestResult>;

/** "Test connection": one uncached getToken. The secret never appears in what comes back. */
export async function testConnection(
  baseUrl: string,
  credentials: Credentials,
  now: () => number,
  timeoutMs: number,
): Promise<Result> {
  const transport = createTransport(baseUrl);
  const answer = await requestToken(transport, credentials, timeoutMs).finally(() => transport.close());
  const result = (failure: ConnectionFailure | null, message: string, clockSkewSeconds: number | null = null): Result => ({
    ok: failure === null,
    message: withoutSecret(message, credentials),
    failure,
    apiBaseUrl: baseUrl,
    clockSkewSeconds,
  });
  switch (answer.kind) {
    case 'ok':
      return result(null, 'Connected: PortOne accepted the key and secret.', answer.value.now - Math.round(now() / 1000));
    case 'unauthorized':
      return result('credentials_rejected', 'The REST API key or secret is wrong.');
    case 'unreachable':
      return result(
        answer.cause === 'timeout' ? 'timeout' : 'unreachable',
        answer.cause === 'timeout'
          ? `PortOne (${baseUrl}) did not answer in time. Check the internet connection.`
          : `Could not reach PortOne (${baseUrl}). Check the internet connection.`,
      );
    case 'api_error':
    case 'not_found':
      return result('refused', `PortOne refused the request${answer.message ? `: ${answer.message}` : '.'}`);
  }
}

/** A server echoing what it was sent must not make us show the secret. */
function withoutSecret(message: string, credentials: Credentials): string {
  return message.split(credentials.impSecret).join('•••');
}
