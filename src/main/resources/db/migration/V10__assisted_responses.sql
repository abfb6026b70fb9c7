-- A response a partner entered for someone offline: the resident's first name or initials only (never contact
-- details), the consent they gave in the words the partner read out, when, and the form's one-time submission key
-- so a double submit stores one response.
alter table response add column resident_name varchar(40);
alter table response add column consent_wording varchar(500);
alter table response add column consent_at timestamp;
alter table response add column submission_key varchar(64);
create unique index ux_response_submission on response (submission_key);
