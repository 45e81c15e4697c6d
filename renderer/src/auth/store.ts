import { create } from 'zustand';
import { ApprovalRequest, type AuthStatus } from '../../../contract/auth';
import type { Result } from '../../../contract/result';
import type { ManagerApproval } from '../../../contract/schemas';
import { pos } from '../kernel/pos';

/** A screen waiting for a manager's PIN for one request main issued: resolved with the approval, or null when cancelled. */
interface PendingApproval {
  request: ApprovalRequest;
  resolve(approval: ManagerApproval | null): void;
}

/**
 * Who is signed in, as main last said (never a PIN), and the approval a screen is waiting for.
 * Not persisted: a reload asks main again.
 */
interface AuthState {
  status: AuthStatus | null;
  pending: PendingApproval | null;
  set(status: AuthStatus): void;
  refresh(): Promise<void>;
  askApproval(request: ApprovalRequest): Promise<ManagerApproval | null>;
  answer(approval: ManagerApproval | null): void;
}

export const useAuth = create<AuthState>((set, get) => ({
  status: null,
  pending: null,
  set: (status) => set({ status }),
  refresh: async () => {
    const res = await pos().authStatus(undefined);
    if (res.ok) set({ status: res.data });
  },
  askApproval: (request) =>
    new Promise((resolve) => {
      get().pending?.resolve(null);
      set({ pending: { request, resolve } });
    }),
  answer: (approval) => {
    get().pending?.resolve(approval);
    set({ pending: null });
  },
}));

/**
 * Runs a call that may need a manager: when main answers "needs approval" it names a single-use
 * request for exactly this call; the approval dialog shows what it is for and the same call is
 * sent once more with the PIN for that request; cancelling returns the refusal.
 * A "signed out / locked" answer refreshes the session so the sign-in screen appears.
 */
export async function withApproval<T>(call: (approval?: ManagerApproval) => Promise<Result<T>>): Promise<Result<T>> {
  const first = await call();
  if (first.ok || first.error.code !== 'forbidden') return first;
  if (first.error.field === 'session') {
    await useAuth.getState().refresh();
    return first;
  }
  if (first.error.field !== 'approval') return first;
  const request = ApprovalRequest.safeParse(first.error.params);
  if (!request.success) return first;
  const approval = await useAuth.getState().askApproval(request.data);
  if (approval === null) return first;
  const second = await call(approval);
  if (!second.ok && second.error.field === 'session') await useAuth.getState().refresh();
  return second;
}
