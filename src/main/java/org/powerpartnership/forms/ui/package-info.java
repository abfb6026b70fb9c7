/**
 * The one generic renderer of Camunda Forms for every screen ({@link org.powerpartnership.forms.ui.CamundaFormRenderer}).
 * Exposed to other features' views as the named interface {@code ui}.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.powerpartnership.forms.ui;
