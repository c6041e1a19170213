-- Steward's server schema, first version. Never edit this file once shipped: add 0002_*.sql.
-- Every table a school owns carries school_id and leads its primary key with it, so the data can be
-- distributed by school later (Citus: distribution column school_id). people, sessions and
-- login_attempts belong to no school (reference or coordinator-local tables).

CREATE TABLE schools (
  school_id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The school's change counter: bumped inside each push, under this row's lock.
CREATE TABLE school_versions (
  school_id uuid PRIMARY KEY REFERENCES schools (school_id) ON DELETE CASCADE,
  version bigint NOT NULL DEFAULT 0
);

CREATE TABLE people (
  person_id uuid PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  password_hash text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX people_email ON people (lower(email));

CREATE TABLE memberships (
  school_id uuid NOT NULL REFERENCES schools (school_id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES people (person_id),
  role text NOT NULL CHECK (role IN ('chair', 'vice-chair', 'governor', 'clerk', 'headteacher', 'officer')),
  -- The memberships record every member of the board syncs (name and role on the board).
  record_id uuid NOT NULL,
  -- The school version at the member's last change of role: a device whose cursor is older pulls again from 0.
  access_version bigint NOT NULL DEFAULT 0,
  removed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, person_id)
);
CREATE INDEX memberships_person ON memberships (person_id);

CREATE TABLE invites (
  school_id uuid NOT NULL REFERENCES schools (school_id) ON DELETE CASCADE,
  token_hash text NOT NULL,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('chair', 'vice-chair', 'governor', 'clerk', 'headteacher', 'officer')),
  invited_by uuid NOT NULL REFERENCES people (person_id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid REFERENCES people (person_id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, token_hash)
);
CREATE INDEX invites_token ON invites (token_hash);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people (person_id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_person ON sessions (person_id);

-- Failed sign-ins per (email, address), counted in PostgreSQL so every server instance sees them.
CREATE TABLE login_attempts (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  failures integer NOT NULL
);

CREATE TABLE records (
  school_id uuid NOT NULL REFERENCES schools (school_id) ON DELETE CASCADE,
  kind text NOT NULL,
  id uuid NOT NULL,
  data jsonb NOT NULL,
  visibility text NOT NULL CHECK (visibility IN ('board', 'partB', 'chairs')),
  -- The least restricted visibility the record has ever had: who may hold a copy to withdraw.
  widest_visibility text NOT NULL CHECK (widest_visibility IN ('board', 'partB', 'chairs')),
  deleted boolean NOT NULL DEFAULT false,
  version bigint NOT NULL,
  -- The hybrid logical clock stamp of the last write to each field.
  field_clocks jsonb NOT NULL,
  -- The latest of those stamps.
  hlc text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, kind, id)
);
CREATE INDEX records_school_version ON records (school_id, version);

-- Every mutation applied, with the answer given, so a retried push is answered the same and applied once.
CREATE TABLE applied_mutations (
  school_id uuid NOT NULL REFERENCES schools (school_id) ON DELETE CASCADE,
  mutation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  kind text NOT NULL,
  record_id uuid NOT NULL,
  result jsonb NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, mutation_id)
);

-- Photos and documents, content-addressed (upload routes come with the files part of sync).
CREATE TABLE files (
  school_id uuid NOT NULL REFERENCES schools (school_id) ON DELETE CASCADE,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  bytes bigint NOT NULL CHECK (bytes >= 0),
  type text NOT NULL,
  received bigint NOT NULL DEFAULT 0,
  complete boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, sha256)
);
