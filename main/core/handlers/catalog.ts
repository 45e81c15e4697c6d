import { catalogContract } from '../../../contract/catalog';
import { AppError } from '../../../contract/result';
import type { Handlers } from '../../ipc/handlers';

type CatalogMethod = keyof typeof catalogContract;

/** Placeholder until the catalog service lands: every call answers `unavailable`. */
export function catalogHandlers(): Pick<Handlers, CatalogMethod> {
  const notYet = (): Promise<never> => Promise.reject(new AppError('unavailable', 'The catalog is not built yet.'));
  return Object.fromEntries(Object.keys(catalogContract).map((m) => [m, notYet])) as unknown as Pick<Handlers, CatalogMethod>;
}
