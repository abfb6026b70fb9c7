-- The officers' responses screen filters and pages thousands of responses, so what it filters on is kept beside the
-- JSON answers when a response is written: the postcode district (area), and each choice answer as a row of its own
-- (a checklist gives one row per ticked option). Responses written before this are filled in at start-up
-- (participation.ResponseIndex), flagged by choices_indexed.
alter table response add column area varchar(8);
alter table response add column choices_indexed boolean default false not null;

create table response_choice (
    response_id      bigint       not null references response (id),
    consultation_id  bigint       not null,
    question_key     varchar(100) not null,
    choice_value     varchar(200) not null,
    constraint pk_response_choice primary key (response_id, question_key, choice_value)
);
create index ix_response_choice_answer on response_choice (consultation_id, question_key, choice_value, response_id);

-- newest first, a page at a time, per consultation; and the same within a channel or an area
create index ix_response_browse on response (consultation_id, submitted_at, id);
create index ix_response_channel on response (consultation_id, channel, submitted_at);
create index ix_response_area on response (consultation_id, area);
