/**
 * Camunda Forms (the form-js JSON schema that Camunda Modeler writes, {@code forms/*.form}) as data: parsing
 * ({@link org.powerpartnership.forms.FormSchemas}), the catalogue loaded at start-up
 * ({@link org.powerpartnership.forms.FormCatalog}), server-side validation that every screen and service shares
 * ({@link org.powerpartnership.forms.FormValidator}) and canonical value types
 * ({@link org.powerpartnership.forms.FormValues}). No UI here: the one generic renderer lives in {@code ui}.
 */
package org.powerpartnership.forms;
