package org.powerpartnership.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/** {@link PasswordRules} as Camunda's password policy, so a password set in Camunda Admin meets the same rules. */
class CamundaPasswordPolicy implements PasswordPolicy {

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new OurRules());
    }

    private static final class OurRules implements PasswordPolicyRule {

        @Override
        public String getPlaceholder() {
            return "PASSWORD_POLICY_LENGTH";
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of("minLength", String.valueOf(PasswordRules.MIN_LENGTH));
        }

        @Override
        public boolean execute(String password) {
            return PasswordRules.check("password", password, null).isEmpty();
        }

        @Override
        public boolean execute(String password, User user) {
            return PasswordRules.check("password", password, user == null ? null : user.getEmail()).isEmpty();
        }
    }
}
