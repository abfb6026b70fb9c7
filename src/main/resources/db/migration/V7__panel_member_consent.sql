-- Whether a resident panel member's name may be shown on the public accountability record. Without a row (or with
-- show_name false) their votes and reviews are published without their name. Changing it changes every page at once:
-- the record stores user ids, never printed names.
create table panel_member_consent (
    user_id     varchar(64) not null primary key,
    show_name   boolean     not null,
    decided_at  timestamp   not null
);
