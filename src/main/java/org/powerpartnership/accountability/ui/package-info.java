/**
 * The panel's, the sponsor's and the public's screens on sign-offs, commitments and the record (package-private
 * views), and {@link org.powerpartnership.accountability.ui.ReturnedStagePanel}, which any task screen places at its
 * top so the team answers the panel's reasons where it redoes the stage: exposed to other features' views as the
 * named interface {@code ui}.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.powerpartnership.accountability.ui;
