/**
 * The survey's screens: the team's builder (write, preview, import, export and publish the survey), the printable
 * paper version, and the introduction every survey page shows before its questions
 * ({@link org.powerpartnership.survey.ui.SurveyIntroduction}), which the resident's and the partner's survey pages use
 * too: exposed to other features' views as the named interface {@code ui}.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.powerpartnership.survey.ui;
