import type { catalogContract } from '../../../contract/catalog';
import type { CatalogService } from '../../catalog/catalog-service';
import type { Handlers } from '../../ipc/handlers';

/** The catalog: grid, search and scanner lookups for everyone; edits and imports for managers. */
export function catalogHandlers(catalog: CatalogService): Pick<Handlers, keyof typeof catalogContract> {
  return {
    catalog: ({ includeInactive }) => Promise.resolve(catalog.catalog(includeInactive)),
    searchProducts: ({ query, limit, includeInactive }) => Promise.resolve(catalog.search(query, limit, includeInactive)),
    productByCode: ({ code }) => Promise.resolve(catalog.byCode(code)),
    saveProduct: (input) => catalog.saveProduct(input),
    saveCategory: (input) => catalog.saveCategory(input),
    deleteCategory: ({ categoryId, approval }) => catalog.deleteCategory(categoryId, approval),
    previewCatalogImport: ({ contentBase64 }) => Promise.resolve(catalog.previewImport(contentBase64)),
    confirmCatalogImport: ({ previewId, approval }) => catalog.confirmImport(previewId, approval),
    exportCatalog: () => Promise.resolve(catalog.exportCsv()),
  };
}
