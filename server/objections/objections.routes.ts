import { z } from 'zod';
import {
  ObjectionExtensionSchema,
  ObjectionIdParamsSchema,
  ObjectionInputSchema,
  ObjectionListQuerySchema,
  ObjectionSchema,
  ObjectionVoteSchema,
} from '../../shared/schemas/objection.ts';
import { DecisionIdParamsSchema } from '../../shared/schemas/register.ts';
import { type RouteSpec, route } from '../http/api-route.ts';
import { requireUser } from '../identity/session.middleware.ts';
import type { ObjectionsService } from './objections.service.ts';

const problems = {
  400: { description: 'Invalid input' },
  403: { description: 'Not allowed for you' },
  404: { description: 'No such objection or decision' },
  409: { description: 'Not allowed in this state, or changed meanwhile' },
};
const one = { description: 'The objection', schema: ObjectionSchema };

export function objectionsRoutes(objections: ObjectionsService): RouteSpec[] {
  return [
    route({
      method: 'post',
      path: '/decisions/:decisionId/objections',
      operationId: 'fileObjection',
      summary: 'Object to a rejection or suspension (the vendor, within six weeks)',
      description:
        'Members of the vendor organisation concerned only. Objects to a rejection or suspension of their app within six weeks of the decision.',
      tag: 'objections',
      auth: 'session',
      params: DecisionIdParamsSchema,
      body: ObjectionInputSchema,
      responses: { 201: { description: 'Filed', schema: ObjectionSchema }, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 201,
        body: await objections.file(requireUser(res), params.decisionId, body),
      }),
    }),
    route({
      method: 'get',
      path: '/objections',
      operationId: 'listObjections',
      summary: 'Objections: all for reviewers and platform admins, their own for vendors',
      description:
        'Reviewers and platform admins see every objection; a vendor member sees those of its own organisation.',
      tag: 'objections',
      auth: 'session',
      query: ObjectionListQuerySchema,
      responses: {
        200: { description: 'Objections', schema: z.object({ items: z.array(ObjectionSchema) }) },
        400: problems[400],
        403: problems[403],
      },
      handler: async ({ res, query }) => ({
        status: 200,
        body: { items: await objections.list(requireUser(res), query) },
      }),
    }),
    route({
      method: 'get',
      path: '/objections/:objectionId',
      operationId: 'getObjection',
      summary: 'One objection',
      description:
        "Reviewers, platform admins and the objecting vendor's members. One objection with its handlers, votes and term.",
      tag: 'objections',
      auth: 'session',
      params: ObjectionIdParamsSchema,
      responses: { 200: one, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await objections.get(requireUser(res), params.objectionId),
      }),
    }),
    route({
      method: 'post',
      path: '/objections/:objectionId/claim',
      operationId: 'claimObjection',
      summary: 'Take an objection as one of its two handlers',
      description:
        'Reviewers who took no part in the decision and do not work for the vendor. Takes the objection as one of its two handlers.',
      tag: 'objections',
      auth: 'session',
      params: ObjectionIdParamsSchema,
      responses: { 200: one, ...problems },
      handler: async ({ res, params }) => ({
        status: 200,
        body: await objections.claim(requireUser(res), params.objectionId),
      }),
    }),
    route({
      method: 'post',
      path: '/objections/:objectionId/extension',
      operationId: 'extendObjectionTerm',
      summary: 'Extend the decision term once by six weeks, with a reason',
      description:
        'A handler of the objection or a platform admin. Extends the decision term once by six weeks, with a reason that is recorded.',
      tag: 'objections',
      auth: 'session',
      params: ObjectionIdParamsSchema,
      body: ObjectionExtensionSchema,
      responses: { 200: one, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await objections.extend(requireUser(res), params.objectionId, body.reason),
      }),
    }),
    route({
      method: 'post',
      path: '/objections/:objectionId/votes',
      operationId: 'voteOnObjection',
      summary: "A handler's verdict (upheld or not) with a public reason; two that agree decide",
      description:
        'Handlers of the objection only. Gives a verdict (upheld or not) with a public reason; two handlers who agree decide the objection.',
      tag: 'objections',
      auth: 'session',
      params: ObjectionIdParamsSchema,
      body: ObjectionVoteSchema,
      responses: { 200: one, ...problems },
      handler: async ({ res, params, body }) => ({
        status: 200,
        body: await objections.vote(requireUser(res), params.objectionId, body),
      }),
    }),
  ];
}
