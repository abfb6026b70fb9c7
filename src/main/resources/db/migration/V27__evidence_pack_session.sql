-- The outcomes of a deliberative panel's session, which jurors read before they vote on the recommendations. These
-- columns were once added to V8 after it had landed; V8 is back as it landed, and this migration adds them where they
-- are missing (a database that ran the edited V8 has them already; MigrationHistoryRepair aligns its V8 checksum).
alter table evidence_pack add column if not exists session_outcomes varchar(5000);
alter table evidence_pack add column if not exists session_at timestamp;
