-- On a Citus cluster only (the citus extension is in this database; nothing happens on plain
-- PostgreSQL or PGlite): people, sessions and login_attempts become reference tables (a copy on
-- every node), and the tables a school owns are distributed by school_id, all co-located with
-- schools, so a request about one school runs on the one node that holds it (docs/scaling.md).
-- The order matters. With citus.enable_local_reference_table_foreign_keys on (the default), making
-- people a reference table first turns every local table whose foreign keys reach it into a Citus
-- local table, after which schools can no longer be distributed; so it is off for this step.
-- Reference tables come first (the school tables' foreign keys point at people), then schools,
-- then the tables that refer to schools, then file_chunks (which refers to files).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    PERFORM set_config('citus.enable_local_reference_table_foreign_keys', 'off', true);
    -- One connection per worker for the DDL of this transaction (it also writes reference tables).
    PERFORM set_config('citus.multi_shard_modify_mode', 'sequential', true);
    PERFORM create_reference_table('people');
    PERFORM create_reference_table('sessions');
    PERFORM create_reference_table('login_attempts');
    PERFORM create_distributed_table('schools', 'school_id');
    PERFORM create_distributed_table('school_versions', 'school_id', colocate_with => 'schools');
    PERFORM create_distributed_table('memberships', 'school_id', colocate_with => 'schools');
    PERFORM create_distributed_table('invites', 'school_id', colocate_with => 'schools');
    PERFORM create_distributed_table('records', 'school_id', colocate_with => 'schools');
    PERFORM create_distributed_table('applied_mutations', 'school_id', colocate_with => 'schools');
    PERFORM create_distributed_table('files', 'school_id', colocate_with => 'schools');
    PERFORM create_distributed_table('file_chunks', 'school_id', colocate_with => 'schools');
    PERFORM create_distributed_table('file_refs', 'school_id', colocate_with => 'schools');
  END IF;
END
$$;
