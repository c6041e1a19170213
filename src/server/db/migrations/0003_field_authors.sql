-- Who made the last write to each field of a record: {"field": "name of the person whose push wrote
-- it"}, beside field_clocks, so every device can say who changed what (not only the device that
-- made the change). Null, or a field missing from it: written by the server itself (a member's
-- record, the demo board) or before this column existed.
ALTER TABLE records ADD COLUMN field_authors jsonb;
