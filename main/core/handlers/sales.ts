import { salesContract } from '../../../contract/sales';
import { AppError } from '../../../contract/result';
import type { Handlers } from '../../ipc/handlers';

type SalesMethod = keyof typeof salesContract;

/** Placeholder until the sales service lands: every call answers `unavailable`. */
export function salesHandlers(): Pick<Handlers, SalesMethod> {
  const notYet = (): Promise<never> => Promise.reject(new AppError('unavailable', 'Sales are not built yet.'));
  return Object.fromEntries(Object.keys(salesContract).map((m) => [m, notYet])) as unknown as Pick<Handlers, SalesMethod>;
}
