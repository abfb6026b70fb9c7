-- Open user tasks as our own records: the inbox reads these, not the engine's task query. Kept in step with the
-- engine by a task listener in the same transaction; a row disappears when its task completes or is deleted.
create table work_item (
    task_id                varchar(64)  not null primary key,
    process_instance_id    varchar(64)  not null,
    process_key            varchar(255) not null,
    task_key               varchar(255) not null,
    name                   varchar(255) not null,
    form_ref               varchar(255),
    business_key           varchar(255),
    stage                  varchar(64),
    candidate_group        varchar(255),
    assignee               varchar(64),
    created_at             timestamp    not null,
    due_at                 timestamp
);
create index ix_work_item_group on work_item (candidate_group, created_at);
create index ix_work_item_assignee on work_item (assignee, created_at);
create index ix_work_item_business_key on work_item (business_key);
create index ix_work_item_process_instance on work_item (process_instance_id);
