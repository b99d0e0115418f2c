-- MyNumberGrains schema for the Orleans ADO.NET providers (Orleans 10.4.2, PostgreSQL 15).
-- The Orleans NuGet packages ship no SQL, so the project keeps its own. The providers read their
-- statements from this table at start-up (SELECT QueryKey, QueryText FROM OrleansQuery) and bind
-- parameters by name (@Name); result columns are read by name. That is the whole contract.
-- Apply the files of this folder in name order into an empty database.

CREATE TABLE orleansquery
(
    querykey  varchar(64)   NOT NULL,
    querytext varchar(8000) NOT NULL,
    CONSTRAINT orleansquery_key PRIMARY KEY (querykey)
);
