-- The access plan (stage "Addressing barriers to access", form access-plan) as the public needs it: where and when
-- people can take part in person, the formats and languages on offer, whether paper and help from a partner are ways
-- in, and the support the council pays for. Planned again after a return, the newest plan replaces the old one.
create table access_plan (
    consultation_id   bigint        not null primary key references consultation (id),
    venues_and_times  varchar(2000) not null,
    formats           varchar(300),
    languages         varchar(300),
    support_offered   varchar(300),
    paper_route       boolean       not null,
    assisted_route    boolean       not null,
    planned_at        timestamp     not null
);
