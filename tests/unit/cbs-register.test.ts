import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, loadCatalogFiles } from '../../server/catalog/catalog-files.ts';
import { loadCbsRegister } from '../../server/onboarding/cbs-register.ts';

describe('the CBS list of municipalities (catalog/cbs-municipalities.json)', () => {
  it('holds the 342 municipalities of 2025 once each, with the number per province', async () => {
    const register = await loadCbsRegister(CATALOG_DIR);

    expect(register).toHaveLength(342);
    expect(new Set(register.map((m) => m.code)).size).toBe(342);
    const perProvince = Object.fromEntries(
      [...new Set(register.map((m) => m.province))].map((p) => [
        p,
        register.filter((m) => m.province === p).length,
      ]),
    );
    expect(perProvince).toEqual({
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      'Noord-Holland': 44,
      'Zuid-Holland': 50,
      Zeeland: 13,
      'Noord-Brabant': 56,
      Limburg: 31,
    });
  });

  it('reflects the 2022 and 2023 reorganisations', async () => {
    const codes = new Set((await loadCbsRegister(CATALOG_DIR)).map((m) => m.code));

    expect(codes.has('GM1992')).toBe(true); // Voorne aan Zee, 2023
    for (const gone of ['GM0457', 'GM0501', 'GM0530', 'GM0614']) expect(codes.has(gone)).toBe(false);
  });

  it('contains every demo municipality under the same name and province', async () => {
    const register = await loadCbsRegister(CATALOG_DIR);
    const demo = (await loadCatalogFiles(CATALOG_DIR)).municipalities;

    for (const municipality of demo) {
      expect(register).toContainEqual({
        code: municipality.code,
        name: municipality.name,
        province: municipality.province,
      });
    }
  });
});
