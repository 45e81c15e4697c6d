import { randomBytes } from 'node:crypto';
import { sameSubject, type ApprovalSubject } from './approval-subject';

/** How long a manager has to enter the PIN for a request. */
export const APPROVAL_TTL_MS = 2 * 60_000;
/** Outstanding requests kept (bounded memory); the oldest goes first and its screen asks again. */
const MAX_OPEN = 1024;

interface Open {
  subject: ApprovalSubject;
  /** The session that asked: another cashier's screen cannot use it. */
  askedBy: string;
  expiresAt: number;
}

/** Single-use approval requests: issued when a call needs a manager, spent by the one call they name. */
export class ApprovalRequests {
  private readonly open = new Map<string, Open>();

  constructor(private readonly now: () => number) {}

  issue(subject: ApprovalSubject, askedBy: string): { requestId: string; expiresAt: number } {
    const requestId = `ar_${randomBytes(12).toString('hex')}`;
    const expiresAt = this.now() + APPROVAL_TTL_MS;
    this.open.set(requestId, { subject, askedBy, expiresAt });
    for (const id of this.open.keys()) {
      if (this.open.size <= MAX_OPEN) break;
      this.open.delete(id);
    }
    return { requestId, expiresAt };
  }

  /**
   * Spends the request (whatever comes next, it is gone: a wrong PIN means a new request), and
   * says whether it was open, unexpired, asked by this session and for exactly this call.
   */
  spend(requestId: string, subject: ApprovalSubject, askedBy: string): boolean {
    const open = this.open.get(requestId);
    this.open.delete(requestId);
    return open !== undefined && open.expiresAt > this.now() && open.askedBy === askedBy && sameSubject(open.subject, subject);
  }
}
