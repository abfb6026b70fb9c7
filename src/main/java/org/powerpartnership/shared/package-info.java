/**
 * What every feature shares: the role vocabulary, the signed-in user, field-level input problems, the clock,
 * and (in {@code ui}) the application shell. Open, so features may use the shell's small UI helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.powerpartnership.shared;
