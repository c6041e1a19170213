-- Photos and documents travel with sync (F1, F2 in docs/sync-protocol.md). The bytes live in
-- PostgreSQL, so every copy of the server is stateless and PGlite and PostgreSQL behave the same.

-- A file's bytes in the order received: one row per uploaded chunk (at most 1 MB), at its byte offset.
CREATE TABLE file_chunks (
  school_id uuid NOT NULL,
  sha256 text NOT NULL,
  byte_offset bigint NOT NULL CHECK (byte_offset >= 0),
  data bytea NOT NULL,
  PRIMARY KEY (school_id, sha256, byte_offset),
  FOREIGN KEY (school_id, sha256) REFERENCES files (school_id, sha256) ON DELETE CASCADE
);

-- Which records refer to which files, with the record's visibility: who may download a file (a member
-- whose role may see at least one live record referring to it). Kept in the push's transaction.
CREATE TABLE file_refs (
  school_id uuid NOT NULL REFERENCES schools (school_id) ON DELETE CASCADE,
  sha256 text NOT NULL,
  kind text NOT NULL,
  record_id uuid NOT NULL,
  visibility text NOT NULL CHECK (visibility IN ('board', 'partB', 'chairs')),
  PRIMARY KEY (school_id, sha256, kind, record_id)
);
CREATE INDEX file_refs_record ON file_refs (school_id, kind, record_id);

-- Records stored before this migration: their references, found where the app keeps them.
INSERT INTO file_refs (school_id, sha256, kind, record_id, visibility)
SELECT DISTINCT school_id, ref->>'sha256', kind, id, visibility FROM (
  SELECT school_id, kind, id, visibility, data->'file' AS ref FROM records
   WHERE kind = 'evidence' AND NOT deleted AND jsonb_typeof(data->'file') = 'object'
  UNION ALL
  SELECT school_id, kind, id, visibility, jsonb_array_elements(data->'photos') FROM records
   WHERE kind = 'visitResponses' AND NOT deleted AND jsonb_typeof(data->'photos') = 'array'
  UNION ALL
  SELECT school_id, kind, id, visibility, jsonb_array_elements(data->'answer'->'value') FROM records
   WHERE kind = 'visitResponses' AND NOT deleted AND data->'answer'->>'type' = 'photo' AND jsonb_typeof(data->'answer'->'value') = 'array'
) found
WHERE jsonb_typeof(ref) = 'object' AND ref->>'sha256' ~ '^[0-9a-f]{64}$'
ON CONFLICT DO NOTHING;
