import { AppListQuerySchema } from '../../shared/schemas/catalog.ts';
import type { FastReader } from '../http/fast-lane.ts';
import type { CatalogService } from './catalog.service.ts';

const LIST_KEYS = new Set(Object.keys(AppListQuerySchema.shape));

/**
 * GET /apps and GET /apps/{slug} from the read model, for the fast lane. Anything it is not
 * sure of (an unknown or repeated query key, an invalid value, an unknown app, a query on an
 * app page) it declines, and the full route answers it, with its problem+json errors.
 */
export function catalogFastReader(catalog: CatalogService): FastReader {
  return (pathname, query) => {
    const model = catalog.freshModel();
    if (!model) return undefined;
    if (pathname === '/apps') {
      const input: Record<string, string> = {};
      for (const [key, value] of query) {
        if (!LIST_KEYS.has(key) || key in input) return undefined;
        input[key] = value;
      }
      const parsed = AppListQuerySchema.safeParse(input);
      return parsed.success ? model.list(parsed.data) : undefined;
    }
    if (pathname.startsWith('/apps/') && query.size === 0)
      return model.detail(pathname.slice('/apps/'.length));
    return undefined;
  };
}
