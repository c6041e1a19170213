-- Who made a record's last change (the name of the person whose push changed it), so every device
-- can say who changed what, not only the device that made the change. Null: written by the server
-- itself (a member's record, the demo board) or before this column existed.
ALTER TABLE records ADD COLUMN changed_by text;
