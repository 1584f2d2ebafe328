import { allHints } from '../lib/params/field-hints.ts';

/** Every field's hint by URL parameter, fetched by a form the browser builds (a chapter's "Change the inputs"). */
export function GET(): Response {
  return Response.json(allHints());
}
