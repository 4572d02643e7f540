/** Schemas shared by the API's routes. Every field has a description: it ends up in OpenAPI. */
import { Type, type TSchema } from 'typebox';

export const LocalizedText = Type.Object(
  {
    fi: Type.Optional(Type.String({ description: 'Finnish' })),
    sv: Type.Optional(Type.String({ description: 'Swedish' })),
    en: Type.Optional(Type.String({ description: 'English' })),
    se: Type.Optional(Type.String({ description: 'North Sámi' })),
    smn: Type.Optional(Type.String({ description: 'Inari Sámi' })),
    sms: Type.Optional(Type.String({ description: 'Skolt Sámi' })),
  },
  { $id: 'LocalizedText', description: 'A text per language code; a language without text is absent.' },
);

export const LocalizedRef = Type.Ref('LocalizedText');

export const Violation = Type.Object(
  {
    path: Type.String({ description: 'Dotted path of the field or name of the parameter, e.g. `name.fi` or `limit`.' }),
    location: Type.Optional(Type.Union([Type.Literal('body'), Type.Literal('query'), Type.Literal('path'), Type.Literal('header')], { description: 'Where the field is.' })),
    code: Type.String({ description: 'Machine-readable rule that failed, e.g. `maximum`, `required`.' }),
    message: Type.String({ description: 'Human-readable explanation.' }),
  },
  { $id: 'Violation' },
);

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'URI reference identifying the problem type; GET it for an explanation.' }),
    title: Type.String({ description: 'Short summary of the problem type.' }),
    status: Type.Integer({ description: 'HTTP status code.' }),
    detail: Type.Optional(Type.String({ description: 'Explanation of this occurrence, naming the fields at fault.' })),
    instance: Type.Optional(Type.String({ description: 'The request path.' })),
    requestId: Type.String({ description: 'Id of the request; also in the X-Request-Id header and the server log.' }),
    errors: Type.Optional(Type.Array(Type.Ref('Violation'), { description: 'Every violation, for validation errors.' })),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' },
);

export const SHARED_SCHEMAS: TSchema[] = [LocalizedText, Violation, Problem];

/** Problem responses for the given statuses, for a route's `response` map. */
export function problems(...statuses: number[]): Record<number, TSchema> {
  const descriptions: Record<number, string> = {
    400: 'Invalid request: problem details list every violation.',
    404: 'Not found.',
    412: 'Version tag does not match: someone changed the resource meanwhile.',
    413: 'Request body too large.',
    503: 'Database unreachable.',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
      } as unknown as TSchema,
    ]),
  );
}
