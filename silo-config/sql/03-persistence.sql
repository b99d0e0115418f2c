-- Grain state (Orleans.Persistence.AdoNet 10.4.2). One row per (service, state name, grain id).
-- The provider passes the *state name* as GrainTypeString (upstream issue dotnet/orleans#8746), so the
-- grain classes of this project each use their own state name. String keys travel in
-- GrainIdExtensionString unless they parse as hex (dotnet/orleans#9706), so the project's keys start
-- with a non-hex letter. The payload is UTF-8 JSON (System.Text.Json serializer) in payloadbinary.

CREATE TABLE orleansstorage
(
    grainidhash            integer      NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypehash          integer      NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring varchar(512) NULL,
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamp    NOT NULL,
    version                integer      NULL
) WITH (fillfactor = 90);
-- fillfactor: room on each page for the new row version, so a state write stays a heap-only (HOT) update
-- that touches no index.

-- One row per identity; NULL extension strings are folded so that the index covers them too.
CREATE UNIQUE INDEX ux_orleansstorage_identity ON orleansstorage
    (serviceid, graintypestring, grainidn0, grainidn1, coalesce(grainidextensionstring, ''));
-- No index on (grainidhash, graintypehash) as upstream has: none of the queries below reads by hash, and
-- every insert would pay for it.

-- Optimistic write: with a version, update only that version; without one, insert only if absent.
-- Returns the new version, or the caller's version unchanged when it lost (the provider then raises
-- InconsistentStateException).
CREATE FUNCTION mn_write_state(
    p_idhash integer, p_n0 bigint, p_n1 bigint, p_typehash integer, p_type varchar, p_ext varchar,
    p_service varchar, p_version integer, p_payload bytea)
    RETURNS TABLE (newgrainstateversion integer) LANGUAGE plpgsql AS
$body$
DECLARE n integer;
BEGIN
    IF p_version IS NOT NULL THEN
        UPDATE orleansstorage
           SET payloadbinary = p_payload, modifiedon = (now() AT TIME ZONE 'utc'), version = version + 1
         WHERE serviceid = p_service AND graintypestring = p_type AND grainidn0 = p_n0 AND grainidn1 = p_n1
           AND coalesce(grainidextensionstring, '') = coalesce(p_ext, '') AND version = p_version;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN QUERY SELECT CASE WHEN n > 0 THEN p_version + 1 ELSE p_version END;
    ELSE
        INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
                                    grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
        VALUES (p_idhash, p_n0, p_n1, p_typehash, p_type, p_ext, p_service, p_payload,
                (now() AT TIME ZONE 'utc'), 1)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        RETURN QUERY SELECT CASE WHEN n > 0 THEN 1 ELSE NULL::integer END;
    END IF;
END
$body$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('WriteToStorageKey',
 'SELECT newgrainstateversion FROM mn_write_state(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash,
  @GrainTypeString, @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);'),
('ReadFromStorageKey',
 'SELECT payloadbinary, version FROM orleansstorage
  WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''');'),
('ClearStorageKey',
 'UPDATE orleansstorage SET payloadbinary = NULL, version = version + 1
  WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''')
    AND version = @GrainStateVersion
  RETURNING version AS newgrainstateversion;'),
('DeleteStorageKey',
 'DELETE FROM orleansstorage
  WHERE serviceid = @ServiceId AND graintypestring = @GrainTypeString
    AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1
    AND coalesce(grainidextensionstring, '''') = coalesce(@GrainIdExtensionString, '''')
    AND version = @GrainStateVersion
  RETURNING version + 1 AS newgrainstateversion;');
