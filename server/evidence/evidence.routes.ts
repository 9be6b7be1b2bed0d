import { z } from 'zod';
import { SlugParamsSchema } from '../../shared/schemas/catalog.ts';
import { IdSchema } from '../../shared/schemas/common.ts';
import {
  EvidenceDocumentCreatedSchema,
  EvidenceInputSchema,
  EvidenceItemSchema,
  ListingEvidenceParamsSchema,
  MAX_EVIDENCE_DOCUMENT_BYTES,
  OutOfDateAppSchema,
  PublicEvidenceAnswerSchema,
} from '../../shared/schemas/evidence.ts';
import { ListingIdParamsSchema } from '../../shared/schemas/vendor.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { EvidenceService } from './evidence.service.ts';

const problems = {
  400: { description: 'Invalid input' },
  403: { description: 'Not allowed' },
  404: { description: 'No such listing or evidence' },
};

const DocumentParamsSchema = z.strictObject({ documentId: IdSchema });

export function evidenceRoutes(evidence: EvidenceService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/vendor/listings/:id/evidence-documents',
      operationId: 'uploadEvidenceDocument',
      summary: 'Upload a PDF (at most 5 MB) to refer to from an evidence item',
      description:
        "Members of the listing's vendor organisation only. Uploads a PDF of at most 5 MB that an evidence item can refer to.",
      tag: 'evidence',
      auth: 'session',
      params: ListingIdParamsSchema,
      upload: { mediaType: 'application/pdf', maxBytes: MAX_EVIDENCE_DOCUMENT_BYTES },
      responses: {
        201: { description: 'Stored', schema: EvidenceDocumentCreatedSchema },
        ...problems,
        413: { description: 'Larger than 5 MB' },
        415: { description: 'Not application/pdf' },
      },
      handler: async ({ req, res, params }) => ({
        status: 201,
        body: await evidence.uploadDocument(requireUser(res), params.id, req.body),
      }),
    }),
    route({
      method: 'post',
      path: '/vendor/listings/:id/evidence',
      operationId: 'addEvidence',
      summary: 'Add an evidence item (certificate, pentest, DPIA, ...) to the working draft',
      description:
        "Members of the listing's vendor organisation only. Adds an evidence item (certificate, pentest, DPIA, ...) to the working draft; it is reviewed with the next submission.",
      tag: 'evidence',
      auth: 'session',
      params: ListingIdParamsSchema,
      body: EvidenceInputSchema,
      responses: { 201: { description: 'Added', schema: EvidenceItemSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 201,
        body: await evidence.add(requireUser(res), params.id, body),
      }),
    }),
    route({
      method: 'get',
      path: '/vendor/listings/:id/evidence',
      operationId: 'listEvidence',
      summary: 'The evidence the next submission of this listing carries',
      description:
        "Members of the listing's vendor organisation only. The evidence the next submission of this listing will carry.",
      tag: 'evidence',
      auth: 'session',
      params: ListingIdParamsSchema,
      responses: {
        200: { description: 'Evidence', schema: z.object({ items: z.array(EvidenceItemSchema) }) },
        ...problems,
      },
      handler: async ({ res, params }) => ({
        status: 200,
        body: { items: await evidence.listCurrent(requireUser(res), params.id) },
      }),
    }),
    route({
      method: 'delete',
      path: '/vendor/listings/:id/evidence/:evidenceId',
      operationId: 'removeEvidence',
      summary: 'Take an evidence item out of the working draft (submitted versions keep theirs)',
      description:
        "Members of the listing's vendor organisation only. Takes an evidence item out of the working draft; versions already submitted keep theirs.",
      tag: 'evidence',
      auth: 'session',
      params: ListingEvidenceParamsSchema,
      responses: { 204: { description: 'Removed' }, ...problems },
      handler: async ({ res, params }) => {
        await evidence.remove(requireUser(res), params.id, params.evidenceId);
        return undefined;
      },
    }),
    route({
      method: 'get',
      path: '/evidence-documents/:documentId',
      operationId: 'getEvidenceDocument',
      summary: 'An evidence document (reviewers, municipality admins and its own vendor only)',
      description:
        'Reviewers, municipality admins and members of the vendor that uploaded it. Downloads an evidence document.',
      tag: 'evidence',
      auth: 'session',
      params: DocumentParamsSchema,
      responses: { 200: { description: 'The PDF, as a download' }, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        bytes: {
          data: await evidence.document(requireUser(res), params.documentId),
          contentType: 'application/pdf',
        },
        headers: {
          // A download, never rendered in the platform's origin.
          'Content-Disposition': `attachment; filename="${params.documentId}.pdf"`,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'private, no-store',
        },
      }),
    }),
    route({
      method: 'get',
      path: '/apps/:slug/evidence',
      operationId: 'getAppEvidence',
      summary: 'Per criterion: what was checked and until when',
      description:
        'Public. Per review criterion of a live app: what was checked, on which evidence, and until when it holds.',
      tag: 'catalog',
      auth: 'public',
      params: SlugParamsSchema,
      responses: {
        200: { description: 'Evidence per criterion', schema: PublicEvidenceAnswerSchema },
        404: problems[404],
      },
      handler: async ({ params }) => ({
        status: 200,
        body: { items: await evidence.publicEvidence(params.slug) },
      }),
    }),
    route({
      method: 'get',
      path: '/expired-evidence',
      operationId: 'listOutOfDateApps',
      summary: 'Live apps whose verdict rests on expired evidence (reviewers)',
      description:
        'Reviewers only. Live apps whose verdict on a criterion rests on evidence that has expired, so it must be checked again.',
      tag: 'evidence',
      auth: 'session',
      responses: {
        200: { description: 'Apps to re-assess', schema: z.object({ items: z.array(OutOfDateAppSchema) }) },
        403: problems[403],
      },
      handler: async ({ res }) => ({
        status: 200,
        body: { items: await evidence.outOfDate(requireUser(res)) },
      }),
    }),
  ];
}
