-- A resident who registers themselves proves the address is theirs before the account can sign in.
-- Accounts that already exist were opened by an admin, the demo or before this check: they count as verified.
alter table person add column email_verified_at timestamp;
update person set email_verified_at = created_at;

-- One row per link mailed; only the SHA-256 hash of its random token is kept, so a copy of the database opens nothing.
create table email_verification (
    token_hash  varchar(64)  not null primary key,
    user_id     varchar(64)  not null,
    created_at  timestamp    not null,
    expires_at  timestamp    not null,
    used_at     timestamp
);
create index ix_email_verification_user on email_verification (user_id);
