-- Challenge records asked at a meeting are now part of its minutes, editable until the minutes are
-- approved (docs/sync-protocol.md S9, S10), which needs the meeting they were asked at in a field of
-- their own, `meetingId`. Records stored before named it only as `relatedId` (the demo board does):
-- where `relatedId` is a meeting of the same school, `meetingId` is set to it. `relatedId` stays, no
-- field is removed and no version moves: the device's upgrade (schema version 2) makes the same
-- change to its own copy, so a device and the server still hold the same record.
UPDATE records AS c
   SET data = c.data || jsonb_build_object('meetingId', c.data ->> 'relatedId')
 WHERE c.kind = 'challengeRecords'
   AND NOT (c.data ? 'meetingId')
   AND EXISTS (
     SELECT 1 FROM records AS m
      WHERE m.school_id = c.school_id AND m.kind = 'meetings' AND m.id::text = c.data ->> 'relatedId'
   );
