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
