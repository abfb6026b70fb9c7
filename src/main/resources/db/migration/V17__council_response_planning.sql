-- The council's response is prepared before it is public: a working draft the team edits ("you asked, you said, we
-- did"), the council's decision on each theme with its reason, and commitments with how we will know each is done
-- and the themes it answers. The draft goes to the panel with stage 7 (submitted_at) and is copied into
-- council_response, the published response, only when the panel approves the stage.
create table council_response_draft (
    consultation_id  bigint        not null primary key references consultation (id),
    you_asked        varchar(4000),
    you_said         varchar(6000),
    we_did           varchar(6000),
    saved_by         varchar(64)   not null,
    saved_at         timestamp     not null,
    submitted_by     varchar(64),
    submitted_at     timestamp
);

-- One decision per theme: ADOPTED, ADOPTED_IN_PART or NOT_ADOPTED, always with its reason. A merged theme takes its
-- decision with it (the audit log keeps what it was).
create table theme_decision (
    theme_id         bigint        not null primary key references theme (id) on delete cascade,
    consultation_id  bigint        not null references consultation (id),
    decision         varchar(20)   not null,
    reason           varchar(2000) not null,
    decided_by       varchar(64)   not null,
    decided_at       timestamp     not null
);
create index ix_theme_decision_consultation on theme_decision (consultation_id);

-- How we will know a commitment is done, and the themes it answers.
alter table commitment add column measure varchar(1000);

create table commitment_theme (
    commitment_id  bigint not null references commitment (id) on delete cascade,
    theme_id       bigint not null references theme (id) on delete cascade,
    primary key (commitment_id, theme_id)
);
create index ix_commitment_theme_theme on commitment_theme (theme_id);
