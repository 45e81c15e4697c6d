import { randomBytes } from 'node:crypto';
import { TOKEN_EXTEND_BY_S, TOKEN_EXTEND_WINDOW_S, TOKEN_TTL_S } from './constants';

export interface IssuedToken {
  access_token: string;
  expired_at: number;
  now: number;
}

/**
 * PortOne's token rules (portone-v1.md §1.2): one live token per API key; asking again before it
 * expires returns the same token and expiry, except in its last minute, when the expiry moves
 * 5 minutes on; after expiry a new token is issued. Times are Unix seconds of the injected clock.
 */
export class TokenStore {
  private current: { token: string; expiresAt: number } | null = null;
  private readonly valid = new Map<string, number>();

  constructor(private readonly nowMs: () => number) {}

  private nowS(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  issue(): IssuedToken {
    const now = this.nowS();
    const cur = this.current;
    if (cur && now < cur.expiresAt) {
      if (cur.expiresAt - now <= TOKEN_EXTEND_WINDOW_S) {
        cur.expiresAt += TOKEN_EXTEND_BY_S;
        this.valid.set(cur.token, cur.expiresAt);
      }
      return { access_token: cur.token, expired_at: cur.expiresAt, now };
    }
    // Forget expired tokens so the map cannot grow without bound.
    for (const [t, exp] of this.valid) if (exp <= now) this.valid.delete(t);
    const token = randomBytes(20).toString('hex');
    this.current = { token, expiresAt: now + TOKEN_TTL_S };
    this.valid.set(token, this.current.expiresAt);
    return { access_token: token, expired_at: this.current.expiresAt, now };
  }

  isValid(token: string): boolean {
    const exp = this.valid.get(token);
    return exp !== undefined && this.nowS() < exp;
  }
}

/**
 * The token from the three header forms PortOne accepts: `Authorization: Bearer x`, raw
 * `Authorization: x`, and `X-ImpTokenHeader: x`. If both headers are present, Authorization wins
 * (maintainer answer, iamport-rest-client#2).
 */
export function tokenFromHeaders(headers: Record<string, string | string[] | undefined>): string | null {
  const auth = first(headers['authorization']);
  if (auth !== undefined && auth.trim() !== '') {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return (m?.[1] ?? auth).trim();
  }
  const legacy = first(headers['x-imptokenheader']);
  return legacy !== undefined && legacy.trim() !== '' ? legacy.trim() : null;
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
