import { z } from 'zod';
import { type LaunchResponse, LaunchResponseSchema } from '../../../shared/schemas/launch.ts';
import type { ListingDraft } from '../../../shared/schemas/listing.ts';
import {
  ClientSecretSchema,
  SubmissionCreatedSchema,
  type VendorListingDetail,
  VendorListingDetailSchema,
  type VendorListingSummary,
  VendorListingSummarySchema,
} from '../../../shared/schemas/vendor.ts';
import { requestJson, segment } from '../lib/api-problem.ts';

const SummaryListSchema = z.array(VendorListingSummarySchema);
const BASE = '/api/v1/vendor/listings';

export type SubmissionCreated = z.infer<typeof SubmissionCreatedSchema>;
export type ClientSecret = z.infer<typeof ClientSecretSchema>;

export function fetchVendorListings(signal?: AbortSignal): Promise<VendorListingSummary[]> {
  return requestJson('GET', BASE, SummaryListSchema, { signal });
}

export function createListing(draft: ListingDraft): Promise<VendorListingDetail> {
  return requestJson('POST', BASE, VendorListingDetailSchema, { body: { draft } });
}

export function fetchVendorListing(id: string, signal?: AbortSignal): Promise<VendorListingDetail> {
  return requestJson('GET', `${BASE}/${segment(id)}`, VendorListingDetailSchema, { signal });
}

export function saveDraft(id: string, draft: ListingDraft): Promise<VendorListingDetail> {
  return requestJson('PUT', `${BASE}/${segment(id)}/draft`, VendorListingDetailSchema, { body: { draft } });
}

export function submitListing(id: string): Promise<SubmissionCreated> {
  return requestJson('POST', `${BASE}/${segment(id)}/submissions`, SubmissionCreatedSchema);
}

export function withdrawListing(id: string): Promise<VendorListingDetail> {
  return requestJson('POST', `${BASE}/${segment(id)}/withdrawal`, VendorListingDetailSchema);
}

/** The secret is in the answer only; callers keep it in component state, never in storage. */
export function createClientSecret(id: string): Promise<ClientSecret> {
  return requestJson('POST', `${BASE}/${segment(id)}/client-secrets`, ClientSecretSchema);
}

/** A test launch of the draft as the fictional test resident: where to send the browser. */
export function startTestLaunch(id: string): Promise<LaunchResponse> {
  return requestJson('POST', `${BASE}/${segment(id)}/test-launches`, LaunchResponseSchema);
}
