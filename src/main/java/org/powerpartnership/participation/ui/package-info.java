/**
 * Taking part, on screen: the resident's tasks and survey, paper and event responses, the team's responses and
 * analysis screens. Other features' views may place {@link org.powerpartnership.participation.ui.HearBackFields}
 * (the partner's assisted response screen does): exposed as the named interface {@code ui}.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.powerpartnership.participation.ui;
