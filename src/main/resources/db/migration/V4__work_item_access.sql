-- Who belongs to which candidate group of a consultation, as the workflow side reads it when someone opens or
-- completes a work item (one statement: the item and whether this person may do it). The consultation feature
-- owns the memberships; this view is the only part of them the workflow side sees.
create view candidate_group_member as
    select distinct user_id, group_id from consultation_member;

-- Inbox pages read each group's oldest open work in index order, ties broken by task id.
drop index ix_work_item_group;
create index ix_work_item_group on work_item (candidate_group, created_at, task_id);
drop index ix_work_item_assignee;
create index ix_work_item_assignee on work_item (assignee, created_at, task_id);
