// The wire contract (src/domain/wire): its schemas cannot change without the protocol version
// changing (S19), and the shape limits every JSON body is held to before it is parsed (S16).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { visibilitiesToChoose, visibilityChangeRefusal, wire } from '../../../src/domain';

/**
 * The hash of every wire schema, by protocol version. When a schema changes, this test fails: raise
 * PROTOCOL_VERSION (and MIN_PROTOCOL_VERSION if old devices can no longer be answered), and add the
 * new hash here. Never edit a hash that has shipped.
 */
const shipped: Record<number, string> = {
  2: '514007940d4d7830283fcf4fa35933e5e6360329b802c9a74f4e2eee778ab0fd',
};

function contractHash(): string {
  const shapes = Object.fromEntries(
    Object.entries(wire.wireSchemas).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })]),
  );
  return createHash('sha256').update(JSON.stringify(shapes)).digest('hex');
}

describe('the wire contract', () => {
  it('S19 no wire schema changes without the protocol version changing', () => {
    expect(
      contractHash(),
      `The wire schemas changed: raise PROTOCOL_VERSION from ${wire.PROTOCOL_VERSION} and add the new hash to this test`,
    ).toBe(shipped[wire.PROTOCOL_VERSION]);
  });

  it('S19 a device sending no version, or an older one, is told to update the app; a newer one, that the server is older', () => {
    expect(wire.protocolRefusal(undefined)?.code).toBe('update-app');
    expect(wire.protocolRefusal('1')?.code).toBe('update-app');
    expect(wire.protocolRefusal('junk')?.code).toBe('update-app');
    expect(wire.protocolRefusal(String(wire.PROTOCOL_VERSION))).toBeNull();
    expect(wire.protocolRefusal(String(wire.PROTOCOL_VERSION + 1))?.code).toBe('update-server');
  });

  it('S16 request schemas refuse fields they do not have, naming them', () => {
    const result = wire.LoginRequest.safeParse({ email: 'a@b.example', password: 'x', isAdmin: true, role: 'chair' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe('Unknown fields "isAdmin", "role": remove them');
  });
});

describe('JSON shape limits', () => {
  it('S16 depth: refused past the limit, at any size, without recursion', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(wire.jsonShapeProblem(deep(wire.MAX_JSON_DEPTH))).toBeNull();
    expect(wire.jsonShapeProblem(deep(wire.MAX_JSON_DEPTH + 1))).toBe(
      `The request is nested more than ${wire.MAX_JSON_DEPTH} levels deep.`,
    );
    expect(wire.jsonShapeProblem(deep(1_000_000))).not.toBeNull();
    expect(wire.jsonShapeProblem(`{"a":${'{"b":'.repeat(40)}1${'}'.repeat(40)}}`)).not.toBeNull();
  });

  it('S16 width: an array or object of more entries than the limit is refused; brackets and commas in strings do not count', () => {
    const list = (n: number) => `[${Array.from({ length: n }, () => '0').join(',')}]`;
    expect(wire.jsonShapeProblem(list(wire.MAX_JSON_WIDTH))).toBeNull();
    expect(wire.jsonShapeProblem(list(wire.MAX_JSON_WIDTH + 1))).toBe(
      `The request holds a list or object of more than ${wire.MAX_JSON_WIDTH} entries.`,
    );
    expect(wire.jsonShapeProblem(JSON.stringify({ text: '[[[[,,,,\\"'.repeat(100_000) }))).toBeNull();
  });
});

describe('who changes who can see a record', () => {
  it('S12 only the chair, vice-chair or clerk, and never to a level they cannot see', () => {
    expect(visibilityChangeRefusal('governor', 'partB', 'board')).toBe(
      'Only the chair, vice-chair or clerk can change who can see a record.',
    );
    expect(visibilityChangeRefusal('headteacher', 'board', 'partB')).not.toBeNull();
    expect(visibilityChangeRefusal('clerk', 'partB', 'board')).toBeNull();
    expect(visibilityChangeRefusal('clerk', 'board', 'chairs')).toBe(
      'The clerk cannot see records marked "Chair and vice-chair only", so cannot mark one so.',
    );
    expect(visibilityChangeRefusal('vice-chair', 'chairs', 'board')).toBeNull();
    expect(visibilityChangeRefusal('governor', 'partB', 'partB')).toBeNull();
    expect(visibilitiesToChoose('governor', null)).toEqual(['board', 'partB']);
    expect(visibilitiesToChoose('governor', 'partB')).toEqual(['partB']);
    expect(visibilitiesToChoose('clerk', 'partB')).toEqual(['board', 'partB']);
  });
});
