/** The officers' survey builder: a consultation's team writes, previews, imports, exports and publishes its survey. */
package org.powerpartnership.survey.ui;
