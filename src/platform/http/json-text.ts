// A response whose JSON text is already written (by the database, for the busiest lists) is sent as it
// is: fastify serialises only payloads that are not strings, so the route's response schema still
// documents the route (OpenAPI, the generated client) but is not run over the text. The route's own test
// must pin the text's shape, since nothing checks it on the way out.
import type { FastifyReply } from 'fastify';

/** The content type fastify gives a serialised JSON payload, so both kinds of response carry the same. */
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export function sendJsonText(reply: FastifyReply, text: string) {
  return reply.type(JSON_CONTENT_TYPE).send(text);
}
