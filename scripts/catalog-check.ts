// `npm run catalog:check`: validates catalog/ the way the server will load it, and lists every problem.
import { CATALOG_DIR, CatalogDataError, loadCatalogFiles } from '../server/catalog/catalog-files.ts';

try {
  const catalog = await loadCatalogFiles(CATALOG_DIR);
  const live = catalog.listings.filter((listing) => listing.status === 'live').length;
  console.log(
    `catalog ok: ${catalog.listings.length} listings (${live} live), ${catalog.organisations.length} organisations, ` +
      `${catalog.municipalities.length} municipalities, ${catalog.criteria.length} criteria, ` +
      `${catalog.personas.length} personas`,
  );
} catch (error) {
  if (!(error instanceof CatalogDataError)) throw error;
  console.error(`catalog has ${error.problems.length} problem(s):`);
  for (const problem of error.problems) console.error(`  ${problem}`);
  process.exitCode = 1;
}
