import type { Method, Response } from '../../contract/channels';
import type { CoreFixture } from '../support/core-fixture';

/** Calls a method through the router (zod-validated, as the renderer would) and returns its data or throws its error. */
export async function callOk<M extends Method>(fx: CoreFixture, method: M, payload: unknown): Promise<Response<M>> {
  const result = await fx.call(method, payload);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.data as Response<M>;
}

let seq = 0;
export const attemptId = (): string => `cash-attempt-${Date.now()}-${++seq}`;
