import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { ChannelContent } from '../channel/channel.schema.ts';
import { CHANNEL_TYPES, completeChannel } from '../channel/channel-fixture.ts';
import { ConnectionContent } from '../connection/connection.schema.ts';
import { OrganizationContent } from '../organization/organization.schema.ts';
import { ServiceContent } from '../service/service.schema.ts';
import { completeService } from '../service/service-fixture.ts';

const SCHEMAS: Record<string, TSchema> = { OrganizationContent, ServiceContent, ChannelContent, ConnectionContent };

/** Paths of object properties without a description, and objects that allow unknown properties. */
function undocumented(schema: unknown, path: string): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const found: string[] = [];
  const properties = (node.properties ?? {}) as Record<string, { description?: string }>;
  if (node.type === 'object' && node.additionalProperties !== false) found.push(`${path} allows additional properties`);
  for (const [key, value] of Object.entries(properties)) {
    if (!value.description) found.push(`${path}.${key} has no description`);
    found.push(...undocumented(value, `${path}.${key}`));
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'properties' && typeof value === 'object') found.push(...undocumented(value, path));
  }
  return found;
}

describe('content schemas', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name} describes every property and rejects unknown ones`, () => {
      assert.deepEqual(undocumented(schema, name), []);
    });
  }

  it('finds a property without a description', () => {
    const bad = { type: 'object', additionalProperties: false, properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } };
    assert.deepEqual(undocumented(bad, 'X'), ['X.a has no description', 'X.a allows additional properties', 'X.a.b has no description']);
  });

  it('accepts a complete service and channels of every type', () => {
    assert.ok(Value.Check(ServiceContent, completeService()), 'service matches its schema');
    for (const type of CHANNEL_TYPES) assert.ok(Value.Check(ChannelContent, completeChannel(type)), `${type} matches the channel schema`);
  });

  it('rejects an unknown field, an unknown language and a field of another channel type', () => {
    assert.equal(Value.Check(ServiceContent, { ...completeService(), colour: 'red' }), false);
    assert.equal(Value.Check(ServiceContent, { ...completeService(), name: { de: 'Dienst' } }), false);
    assert.equal(Value.Check(ChannelContent, { ...completeChannel('Phone'), formFiles: [] }), false);
  });

  it('requires ids to be UUIDs', () => {
    assert.equal(Value.Check(ChannelContent, { ...completeChannel('WebPage'), organizationId: 'org-1' }), false);
  });
});
