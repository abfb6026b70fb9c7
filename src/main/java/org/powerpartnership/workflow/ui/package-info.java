/**
 * The generic work item page, and {@link org.powerpartnership.workflow.ui.WorkItemPanels}: the parts of a work
 * item's page other features draw (exposed to their views as the named interface {@code ui}).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.powerpartnership.workflow.ui;
