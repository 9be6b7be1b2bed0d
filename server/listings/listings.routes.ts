import { z } from 'zod';
import {
  ClientSecretSchema,
  CreateListingSchema,
  ListingIdParamsSchema,
  SubmissionCreatedSchema,
  UpdateDraftSchema,
  VendorListingDetailSchema,
  VendorListingSummarySchema,
} from '../../shared/schemas/vendor.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { ListingsService } from './listings.service.ts';

const problems = {
  400: { description: 'Invalid input' },
  403: { description: 'Not a vendor' },
  404: { description: 'No such listing of your organisation' },
  409: { description: 'Changed meanwhile, or not allowed in this state' },
};

export function listingsRoutes(listings: ListingsService): RouteSpec[] {
  return [
    route({
      method: 'get',
      path: '/vendor/listings',
      operationId: 'listOwnListings',
      description:
        "Vendor members only. Every listing of the vendor's organisations with its status and latest version.",
      summary: "The listings of the vendor's own organisation",
      tag: 'vendor',
      auth: 'session',
      responses: {
        200: { description: 'Listings', schema: z.array(VendorListingSummarySchema) },
        403: problems[403],
      },
      handler: async ({ res }) => ({ status: 200, body: await listings.list(requireUser(res)) }),
    }),
    route({
      method: 'post',
      path: '/vendor/listings',
      operationId: 'createListing',
      description:
        'Vendor members only. Creates a listing with its first draft (the same shape as a seed listing in catalog/), a slug and a client id. Nothing is reviewed or published yet.',
      summary: 'Create a listing with its first draft',
      tag: 'vendor',
      auth: 'session',
      body: CreateListingSchema,
      responses: {
        201: { description: 'Created', schema: VendorListingDetailSchema },
        400: problems[400],
        403: problems[403],
      },
      handler: async ({ res, body }) => {
        const created = await listings.create(requireUser(res), body.draft, body.organisationId);
        return { status: 201, body: created, headers: { Location: `/api/v1/vendor/listings/${created.id}` } };
      },
    }),
    route({
      method: 'get',
      path: '/vendor/listings/:id',
      operationId: 'getOwnListing',
      description:
        "Vendor members of the listing's organisation only. The draft, every version with its review status and the reviewers' feedback, and whether a client secret exists.",
      summary: 'A listing with its versions, statuses and reviewer feedback',
      tag: 'vendor',
      auth: 'session',
      params: ListingIdParamsSchema,
      responses: { 200: { description: 'The listing', schema: VendorListingDetailSchema }, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await listings.get(requireUser(res), params.id),
      }),
    }),
    route({
      method: 'put',
      path: '/vendor/listings/:id/draft',
      operationId: 'updateDraft',
      description:
        "Vendor members of the listing's organisation only. Replaces the working draft. The live version, its claims and launch registration stay as approved until a new version is.",
      summary: 'Replace the working draft (what is live does not change)',
      tag: 'vendor',
      auth: 'session',
      params: ListingIdParamsSchema,
      body: UpdateDraftSchema,
      responses: { 200: { description: 'Updated', schema: VendorListingDetailSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await listings.updateDraft(requireUser(res), params.id, body.draft),
      }),
    }),
    route({
      method: 'post',
      path: '/vendor/listings/:id/submissions',
      operationId: 'submitListing',
      description:
        "Vendor members of the listing's organisation only. Freezes the draft as a new version in the review queue; two reviewers must approve it.",
      summary: 'Submit the draft for review as a new version',
      tag: 'vendor',
      auth: 'session',
      params: ListingIdParamsSchema,
      responses: { 201: { description: 'Submitted', schema: SubmissionCreatedSchema }, ...problems },
      handler: async ({ res, params }) => ({
        status: 201,
        body: await listings.submit(requireUser(res), params.id),
      }),
    }),
    route({
      method: 'post',
      path: '/vendor/listings/:id/withdrawal',
      operationId: 'withdrawListing',
      description:
        "Vendor members of the listing's organisation only. Takes the listing off the catalog for good; launches are refused from then on.",
      summary: 'Withdraw the listing from the catalog',
      tag: 'vendor',
      auth: 'session',
      params: ListingIdParamsSchema,
      responses: { 200: { description: 'Withdrawn', schema: VendorListingDetailSchema }, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await listings.withdraw(requireUser(res), params.id),
      }),
    }),
    route({
      method: 'post',
      path: '/vendor/listings/:id/client-secrets',
      operationId: 'rotateClientSecret',
      description:
        "Vendor members of the listing's organisation only. Creates a client secret for the token endpoint. It is shown in this answer only, stored hashed, and the previous secret stops working at once.",
      summary: 'A new client secret for the launch; shown once, replaces the previous one',
      tag: 'vendor',
      auth: 'session',
      params: ListingIdParamsSchema,
      responses: { 201: { description: 'The new secret', schema: ClientSecretSchema }, ...problems },
      handler: async ({ res, params }) => ({
        status: 201,
        body: await listings.rotateClientSecret(requireUser(res), params.id),
        headers: { 'Cache-Control': 'no-store' },
      }),
    }),
  ];
}
