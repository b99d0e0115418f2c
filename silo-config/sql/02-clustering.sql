-- Cluster membership (Orleans.Clustering.AdoNet 10.4.2): one version row per cluster and one row per
-- silo incarnation. Every change bumps the version row in the same statement, which is how the
-- membership protocol detects concurrent writers (a returned count of 0 means "lost the race").

CREATE TABLE orleansmembershipversiontable
(
    deploymentid varchar(150)   NOT NULL,
    "timestamp"  timestamptz(3) NOT NULL DEFAULT now(),
    version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT pk_membershipversion PRIMARY KEY (deploymentid)
);

CREATE TABLE orleansmembershiptable
(
    deploymentid varchar(150)   NOT NULL,
    address      varchar(45)    NOT NULL,
    port         integer        NOT NULL,
    generation   integer        NOT NULL,
    siloname     varchar(150)   NOT NULL,
    hostname     varchar(150)   NOT NULL,
    status       integer        NOT NULL,
    proxyport    integer        NULL,
    suspecttimes varchar(8000)  NULL,
    starttime    timestamptz(3) NOT NULL,
    iamalivetime timestamptz(3) NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_membership_version FOREIGN KEY (deploymentid)
        REFERENCES orleansmembershipversiontable (deploymentid)
);

-- Bumps the cluster version only when it still equals the caller's; 1 = done, 0 = stale version.
CREATE FUNCTION mn_bump_membership_version(p_deployment varchar, p_version integer)
    RETURNS integer LANGUAGE plpgsql AS
$body$
DECLARE n integer;
BEGIN
    UPDATE orleansmembershipversiontable
       SET "timestamp" = now(), version = version + 1
     WHERE deploymentid = p_deployment AND version = p_version;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$body$;

CREATE FUNCTION mn_insert_silo(
    p_deployment varchar, p_address varchar, p_port integer, p_generation integer,
    p_siloname varchar, p_hostname varchar, p_status integer, p_proxyport integer,
    p_starttime timestamptz, p_iamalive timestamptz, p_version integer)
    RETURNS TABLE (row_count integer) LANGUAGE plpgsql AS
$body$
DECLARE n integer;
BEGIN
    INSERT INTO orleansmembershiptable (deploymentid, address, port, generation, siloname, hostname,
                                        status, proxyport, starttime, iamalivetime)
    VALUES (p_deployment, p_address, p_port, p_generation, p_siloname, p_hostname,
            p_status, p_proxyport, p_starttime, p_iamalive)
    ON CONFLICT (deploymentid, address, port, generation) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        n := mn_bump_membership_version(p_deployment, p_version);
        IF n = 0 THEN
            -- Stale table version: undo the row so the caller can retry from a fresh read.
            RAISE EXCEPTION USING ERRCODE = 'serialization_failure', MESSAGE = 'membership version moved';
        END IF;
    END IF;
    RETURN QUERY SELECT n;
EXCEPTION WHEN serialization_failure THEN
    RETURN QUERY SELECT 0;
END
$body$;

CREATE FUNCTION mn_update_silo(
    p_deployment varchar, p_address varchar, p_port integer, p_generation integer,
    p_status integer, p_suspecttimes varchar, p_iamalive timestamptz, p_version integer)
    RETURNS TABLE (row_count integer) LANGUAGE plpgsql AS
$body$
DECLARE n integer;
BEGIN
    n := mn_bump_membership_version(p_deployment, p_version);
    IF n > 0 THEN
        UPDATE orleansmembershiptable
           SET status = p_status, suspecttimes = p_suspecttimes, iamalivetime = p_iamalive
         WHERE deploymentid = p_deployment AND address = p_address
           AND port = p_port AND generation = p_generation;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 0 THEN
            RAISE EXCEPTION USING ERRCODE = 'serialization_failure', MESSAGE = 'no such silo row';
        END IF;
    END IF;
    RETURN QUERY SELECT n;
EXCEPTION WHEN serialization_failure THEN
    RETURN QUERY SELECT 0;
END
$body$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey',
 'WITH inserted AS (INSERT INTO orleansmembershipversiontable (deploymentid) VALUES (@DeploymentId)
  ON CONFLICT (deploymentid) DO NOTHING RETURNING 1) SELECT count(*)::integer AS row_count FROM inserted;'),
('InsertMembershipKey',
 'SELECT row_count FROM mn_insert_silo(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
  @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);'),
('UpdateMembershipKey',
 'SELECT row_count FROM mn_update_silo(@DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes,
  @IAmAliveTime, @Version);'),
('UpdateIAmAlivetimeKey',
 'UPDATE orleansmembershiptable SET iamalivetime = @IAmAliveTime
  WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;'),
('MembershipReadRowKey',
 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
         m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
       AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
  WHERE v.deploymentid = @DeploymentId;'),
('MembershipReadAllKey',
 'SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status, m.proxyport,
         m.suspecttimes, m.starttime, m.iamalivetime, v.version
  FROM orleansmembershipversiontable v
  LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
  WHERE v.deploymentid = @DeploymentId;'),
('DeleteMembershipTableEntriesKey',
 'DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
  DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;'),
('GatewaysQueryKey',
 'SELECT address, proxyport, generation FROM orleansmembershiptable
  WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0;'),
-- Status 3 is Active: only rows of silos that stopped answering are removed.
('CleanupDefunctSiloEntriesKey',
 'DELETE FROM orleansmembershiptable
  WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status <> 3;');
