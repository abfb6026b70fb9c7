-- Open Referral UK: every organisation published or imported has a UUID of its own (the standard's identifiers are
-- UUIDs). An imported organisation keeps the identifier its publisher gave it, so importing the same directory again
-- updates it instead of adding a copy. Rows without one (those made before this column, or by registration and
-- stage 2) get a random one the first time the directory is exported or imported (network.DirectoryStore): a
-- random UUID, kept once given, stays stable and cannot collide with identifiers imported from another directory,
-- which a UUID derived from our own numeric id could. (H2 and PostgreSQL share no function that makes one in SQL.)
alter table organisation add column oruk_id varchar(36);
create unique index ux_organisation_oruk_id on organisation (oruk_id);
