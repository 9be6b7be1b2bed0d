import type { EvidenceInput } from '../../shared/schemas/evidence.ts';
import type { ApiClient } from '../setup/api-client.ts';
import { expectStatus } from './review.ts';

/** A small but real PDF: header, one empty page, trailer. */
export function buildPdf(text = 'Pentest summary'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

/** A date `days` from today (negative: in the past), as YYYY-MM-DD. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function uploadPdf(vendor: ApiClient, listingId: string, pdf: Buffer = buildPdf()) {
  const response = await vendor.request(
    'POST',
    `/api/v1/vendor/listings/${listingId}/evidence-documents`,
    new Uint8Array(pdf),
    { 'content-type': 'application/pdf' },
  );
  await expectStatus(response, 201);
  return (await response.json()) as { documentId: string; size: number; sha256: string };
}

/** Uploads a PDF and adds it as evidence; a pentest valid for a year by default. */
export async function addEvidence(
  vendor: ApiClient,
  listingId: string,
  overrides: Partial<Omit<EvidenceInput, 'documentId'>> = {},
) {
  const { documentId } = await uploadPdf(vendor, listingId);
  const response = await vendor.post(`/api/v1/vendor/listings/${listingId}/evidence`, {
    kind: 'pentest',
    issuer: 'Veilig Testen B.V.',
    issuedOn: dayFromToday(-30),
    validUntil: dayFromToday(335),
    documentId,
    ...overrides,
  });
  await expectStatus(response, 201);
  return (await response.json()) as { id: string; documentId: string };
}
