// The protocol version of the wire contract, and the limits every request body is held to
// (docs/sync-protocol.md S16, S19; docs/security.md).

/**
 * The version of the wire contract this app and server speak. Raise it whenever a schema in
 * src/domain/wire changes (test/unit/domain/wire.test.ts fails until you do, and add its hash there).
 */
export const PROTOCOL_VERSION = 2;
/** The oldest device protocol the server still answers; older devices are told to update (S19). */
export const MIN_PROTOCOL_VERSION = 2;
/** The request header that carries the device's protocol version. */
export const PROTOCOL_HEADER = 'x-steward-protocol';

const MB = 1024 * 1024;
/** Most JSON bodies: at most 1 MB. */
export const JSON_BODY_LIMIT = 1 * MB;
/** A push (up to 1,000 changes): at most 8 MB. */
export const PUSH_BODY_LIMIT = 8 * MB;
/** One chunk of a file's bytes (F1). */
export const FILE_CHUNK_LIMIT = 1 * MB;
/** JSON nested deeper than this is refused before it is parsed (a record is never more than 8 deep). */
export const MAX_JSON_DEPTH = 32;
/** An array or object with more entries than this is refused before it is parsed. */
export const MAX_JSON_WIDTH = 10_000;

export interface ProtocolRefusal {
  code: 'update-app' | 'update-server';
  message: string;
}

/** Why a device speaking `sent` (the header's value, absent from devices older than version 2) is not answered, or null. */
export function protocolRefusal(sent: string | undefined): ProtocolRefusal | null {
  const version = sent !== undefined && /^\d{1,6}$/.test(sent) ? Number(sent) : 1;
  if (version < MIN_PROTOCOL_VERSION)
    return {
      code: 'update-app',
      message:
        'This version of Steward is too old for the board’s server: update the app to sync. Your changes are kept on this device and are sent once it is updated.',
    };
  if (version > PROTOCOL_VERSION)
    return {
      code: 'update-server',
      message: 'The board’s server is older than this app: ask whoever runs it to update it. Your changes are kept on this device.',
    };
  return null;
}

/**
 * Why a JSON text is refused before it is parsed — nested deeper than `maxDepth`, or an array or
 * object wider than `maxWidth` — or null. One pass over the characters, no recursion, so no body can
 * exhaust the stack; strings (and their escapes) are skipped.
 */
export function jsonShapeProblem(text: string, maxDepth = MAX_JSON_DEPTH, maxWidth = MAX_JSON_WIDTH): string | null {
  const widths: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (widths.length >= maxDepth) return `The request is nested more than ${maxDepth} levels deep.`;
      widths.push(1);
    } else if (c === 0x7d || c === 0x5d) widths.pop();
    else if (c === 0x2c && widths.length > 0) {
      const top = (widths[widths.length - 1] ?? 0) + 1;
      if (top > maxWidth) return `The request holds a list or object of more than ${maxWidth} entries.`;
      widths[widths.length - 1] = top;
    }
  }
  return null;
}
