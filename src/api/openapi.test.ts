import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openTestApp } from '../../test/helpers/test-app.ts';
import { OPENAPI_FILE, renderOpenApi } from './openapi.ts';

test('the committed OpenAPI document matches the routes (run "npm run openapi:write" when this fails)', async () => {
  const t = await openTestApp();
  try {
    await t.app.ready();
    const generated = renderOpenApi(t.app);
    assert.equal(fs.readFileSync(OPENAPI_FILE, 'utf8'), generated);
    const served = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(served.json().openapi, '3.1.0');
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  } finally {
    await t.close();
  }
});

test('every documented parameter and response field has a description', async () => {
  const doc = JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'));
  const missing: string[] = [];
  const visit = (schema: Record<string, unknown>, where: string) => {
    const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [name, property] of Object.entries(properties ?? {})) {
      if (!property.description && !property.$ref) missing.push(`${where}.${name}`);
      visit(property, `${where}.${name}`);
    }
    if (schema.items) visit(schema.items as Record<string, unknown>, `${where}[]`);
    for (const variant of (schema.anyOf as Record<string, unknown>[] | undefined) ?? []) visit(variant, where);
  };
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const [method, operation] of Object.entries(methods)) {
      for (const parameter of (operation.parameters as { name: string; description?: string }[] | undefined) ?? []) {
        if (!parameter.description) missing.push(`${method} ${path} ?${parameter.name}`);
      }
      for (const [status, response] of Object.entries(operation.responses as Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>)) {
        for (const media of Object.values(response.content ?? {})) visit(media.schema, `${method} ${path} ${status}`);
      }
    }
  }
  for (const [name, schema] of Object.entries(doc.components.schemas as Record<string, Record<string, unknown>>)) visit(schema, name);
  assert.deepEqual(missing, []);
});
