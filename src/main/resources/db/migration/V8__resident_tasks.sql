-- Residents' unfinished task forms (issue 5, "Save and finish later"): whatever was typed, valid or not, kept on the
-- server for the person who typed it so it survives signing out. One draft per person and task; a task is a survey
-- ("survey:<consultation id>") or an engine task ("task:<task id>"). Deleted when the task is sent, and with the
-- person's other data on erasure.
create table task_draft (
    user_id    varchar(64)    not null,
    task_ref   varchar(100)   not null,
    content    varchar(60000) not null,
    saved_at   timestamp      not null,
    primary key (user_id, task_ref)
);

-- The deliberative panel's evidence pack, as the team prepared it: jurors read it before they write a reflection.
create table evidence_pack (
    consultation_id  bigint        not null primary key references consultation (id),
    summary          varchar(6000) not null,
    links            varchar(2000),
    prepared_at      timestamp     not null
);

-- One response per resident and consultation, even when two tabs send at once (assisted and erased responses have
-- no respondent and are not limited).
create unique index ux_response_respondent on response (consultation_id, respondent_id);
