package org.powerpartnership.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.powerpartnership.shared.Roles;

/**
 * The modelling rules every process in {@code bpmn/} keeps (DESIGN.md §2 and §6): what the engine needs to run it,
 * what Camunda Modeler needs to show it, and what our screens need to route and render its tasks. Each check returns
 * every violation it finds, so one run reports them all.
 */
final class BpmnModelRules {

    /** One broken rule: where (file, element id), which rule, and what is wrong. */
    record Violation(String file, String elementId, String rule, String detail) {
        @Override
        public String toString() {
            return file + "  " + elementId + "  [" + rule + "] " + detail;
        }
    }

    /**
     * Id prefixes and the element types each may name. An id is a prefix followed by an UpperCamelCase name:
     * {@code Task_WriteBrief}, {@code Gateway_StageApproved}, {@code Flow_ToBrief}.
     */
    private static final Map<String, List<Class<? extends BaseElement>>> ID_PREFIXES = new LinkedHashMap<>();

    static {
        ID_PREFIXES.put("Flow_", List.of(SequenceFlow.class));
        ID_PREFIXES.put("Gateway_", List.of(Gateway.class));
        ID_PREFIXES.put("StartEvent_", List.of(StartEvent.class));
        ID_PREFIXES.put("EndEvent_", List.of(EndEvent.class));
        ID_PREFIXES.put("BoundaryEvent_", List.of(BoundaryEvent.class));
        ID_PREFIXES.put("IntermediateEvent_", List.of(Event.class));
        ID_PREFIXES.put("Event_", List.of(Event.class));
        ID_PREFIXES.put("Timer_", List.of(Event.class));
        ID_PREFIXES.put("Conditional_", List.of(Event.class));
        ID_PREFIXES.put("Link_", List.of(Event.class));
        ID_PREFIXES.put("Compensation_", List.of(Event.class));
        ID_PREFIXES.put("Message_", List.of(Event.class, Message.class, ReceiveTask.class, SendTask.class));
        ID_PREFIXES.put("Signal_", List.of(Event.class, Signal.class));
        ID_PREFIXES.put("Error_", List.of(Event.class, Error.class));
        ID_PREFIXES.put("Escalation_", List.of(Event.class, Escalation.class));
        ID_PREFIXES.put("Task_", List.of(Activity.class));
        ID_PREFIXES.put("Activity_", List.of(Activity.class));
        ID_PREFIXES.put("UserTask_", List.of(UserTask.class));
        ID_PREFIXES.put("ServiceTask_", List.of(ServiceTask.class));
        ID_PREFIXES.put("SendTask_", List.of(SendTask.class));
        ID_PREFIXES.put("ReceiveTask_", List.of(ReceiveTask.class));
        ID_PREFIXES.put("ScriptTask_", List.of(ScriptTask.class));
        ID_PREFIXES.put("BusinessRuleTask_", List.of(BusinessRuleTask.class));
        ID_PREFIXES.put("ManualTask_", List.of(ManualTask.class));
        ID_PREFIXES.put("CallActivity_", List.of(CallActivity.class));
        ID_PREFIXES.put("SubProcess_", List.of(SubProcess.class));
    }

    /**
     * UpperCamelCase words, numbers allowed between them ({@code Review3Months}). A digit is never followed by a
     * lowercase letter, which rules out generated tails such as {@code 0x3k1} or {@code 1abc2de}.
     */
    private static final Pattern CAMEL_NAME = Pattern.compile("[A-Z][a-z]*(?:[A-Z][a-z]*|[0-9]+)*");
    /** Five or more lowercase letters without a vowel read as random ({@code Xqkzwbt}), not as a word. */
    private static final Pattern VOWELLESS_RUN = Pattern.compile("[b-df-hj-np-tv-xz]{5,}");
    private static final Pattern PROCESS_KEY = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** An invited organisation's own work goes to its people (the multi-instance element is organisationId). */
    private static final String ORGANISATION_GROUP = "organisation:${organisationId}";
    private static final Pattern PER_CONSULTATION_GROUP = Pattern.compile("([a-z]+):\\$\\{[^}]+}");
    private static final Set<String> FORM_REF_BINDINGS = Set.of("deployment");

    private static final String DURATION = "P(?!$)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?=\\d)(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:[.,]\\d+)?S)?)?";
    private static final Pattern ISO_DURATION = Pattern.compile(DURATION);
    private static final Pattern ISO_REPETITION = Pattern.compile("R\\d*");

    private static final ObjectMapper JSON = new ObjectMapper();

    private BpmnModelRules() {
    }

    /** Every rule over every file; call activities may call any process defined in one of the files. */
    static List<Violation> check(List<Path> bpmnFiles, Path formsFolder) {
        Map<Path, BpmnModelInstance> models = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (Path file : bpmnFiles) {
            try {
                models.put(file, BpmnFiles.read(file));
            } catch (RuntimeException e) {
                violations.add(new Violation(file.toString(), "-", "readable",
                        "the Camunda model API cannot read it: " + e.getMessage()));
            }
        }
        Set<String> processKeys = new HashSet<>();
        models.values().forEach(model -> model.getModelElementsByType(Process.class)
                .forEach(process -> processKeys.add(process.getId())));
        models.forEach((file, model) -> violations.addAll(check(file.toString(), model, formsFolder, processKeys)));
        return violations;
    }

    static List<Violation> check(String file, BpmnModelInstance model, Path formsFolder, Set<String> processKeys) {
        Checker checker = new Checker(file, model, formsFolder, processKeys);
        checker.processes();
        checker.ids();
        checker.names();
        checker.diagram();
        checker.userTasks();
        checker.asynchronousSteps();
        checker.startForms();
        checker.timers();
        checker.messagesAndSignals();
        checker.calledElements();
        return checker.violations;
    }

    /** Why an id is not meaningful, or null when it is (a known prefix, for this type, and a CamelCase name). */
    static String idProblem(String id, BaseElement element) {
        if (id == null || id.isBlank()) {
            return "has no id";
        }
        int underscore = id.indexOf('_');
        String prefix = underscore < 0 ? "" : id.substring(0, underscore + 1);
        List<Class<? extends BaseElement>> types = ID_PREFIXES.get(prefix);
        if (types == null) {
            return "id '" + id + "' does not start with a known prefix (" + String.join(", ", ID_PREFIXES.keySet()) + ")";
        }
        if (element != null && types.stream().noneMatch(type -> type.isInstance(element))) {
            return "id '" + id + "' uses prefix " + prefix + " on a " + element.getElementType().getTypeName();
        }
        String name = id.substring(underscore + 1);
        if (!CAMEL_NAME.matcher(name).matches()) {
            return "id '" + id + "' looks generated: after " + prefix
                    + " write an UpperCamelCase name (like Task_WriteBrief, Gateway_StageApproved, Flow_ToBrief)";
        }
        if (name.chars().filter(Character::isLetter).count() < 4) {
            return "id '" + id + "' is too short to say what the element is (at least 4 letters after " + prefix + ")";
        }
        if (VOWELLESS_RUN.matcher(name).find()) {
            return "id '" + id + "' has a random-looking tail: name the element in words";
        }
        return null;
    }

    static boolean isExpression(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }

    /** ISO 8601 date-time, duration or repeating interval, as Camunda timers accept them. */
    static boolean isIso8601Timer(String value, String kind) {
        String text = value.trim();
        return switch (kind) {
            case "timeDuration" -> ISO_DURATION.matcher(text).matches();
            case "timeDate" -> isIsoDate(text);
            case "timeCycle" -> isIsoCycle(text);
            default -> false;
        };
    }

    private static boolean isIsoCycle(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length < 2 || parts.length > 3 || !ISO_REPETITION.matcher(parts[0]).matches()) {
            return false;
        }
        boolean hasDuration = false;
        for (int i = 1; i < parts.length; i++) {
            if (ISO_DURATION.matcher(parts[i]).matches()) {
                hasDuration = true;
            } else if (!isIsoDate(parts[i])) {
                return false;
            }
        }
        return hasDuration;
    }

    private static boolean isIsoDate(String text) {
        for (Function<String, ?> parser : List.<Function<String, ?>>of(OffsetDateTime::parse, ZonedDateTime::parse,
                LocalDateTime::parse, LocalDate::parse)) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static final class Checker {

        final String file;
        final BpmnModelInstance model;
        final Path formsFolder;
        final Set<String> processKeys;
        final List<Violation> violations = new ArrayList<>();

        Checker(String file, BpmnModelInstance model, Path formsFolder, Set<String> processKeys) {
            this.file = file;
            this.model = model;
            this.formsFolder = formsFolder;
            this.processKeys = processKeys;
        }

        void report(BaseElement element, String rule, String detail) {
            report(element == null || element.getId() == null ? "-" : element.getId(), rule, detail);
        }

        void report(String elementId, String rule, String detail) {
            violations.add(new Violation(file, elementId, rule, detail));
        }

        <T extends ModelElementInstance> Collection<T> all(Class<T> type) {
            return model.getModelElementsByType(type);
        }

        void processes() {
            for (Process process : all(Process.class)) {
                if (!PROCESS_KEY.matcher(process.getId()).matches()) {
                    report(process, "process-key", "the process id is its key: write it in kebab-case, e.g. panel-sign-off");
                }
                if (process.isExecutable() && blank(process.getCamundaHistoryTimeToLiveString())) {
                    report(process, "history-time-to-live",
                            "no camunda:historyTimeToLive (the engine refuses to deploy it: ENGINE-12018)");
                }
            }
        }

        void ids() {
            for (FlowElement element : all(FlowElement.class)) {
                if (element instanceof FlowNode || element instanceof SequenceFlow) {
                    checkId(element);
                }
            }
            for (Class<? extends BaseElement> type : List.of(Message.class, Signal.class, Error.class, Escalation.class)) {
                all(type).forEach(this::checkId);
            }
        }

        private void checkId(BaseElement element) {
            String problem = idProblem(element.getId(), element);
            if (problem != null) {
                report(element, "meaningful-id", problem);
            }
        }

        void names() {
            for (FlowNode node : all(FlowNode.class)) {
                boolean mayBeUnnamed = node instanceof ParallelGateway || node instanceof EventBasedGateway
                        || (node instanceof Gateway && node.getOutgoing().size() <= 1);
                if (!mayBeUnnamed && blank(node.getName())) {
                    report(node, "name", "this " + node.getElementType().getTypeName()
                            + " needs a name that says what happens (only joining and parallel gateways may go without)");
                }
            }
            for (SequenceFlow flow : all(SequenceFlow.class)) {
                if (flow.getConditionExpression() != null && blank(flow.getName())) {
                    report(flow, "name", "a conditional sequence flow needs a name that says when it is taken");
                }
            }
        }

        void diagram() {
            Set<String> drawn = new HashSet<>();
            all(BpmnShape.class).forEach(shape -> drawn.add(shape.getAttributeValue("bpmnElement")));
            all(BpmnEdge.class).forEach(edge -> drawn.add(edge.getAttributeValue("bpmnElement")));
            for (FlowElement element : all(FlowElement.class)) {
                if (!(element instanceof DataObject) && !drawn.contains(element.getId())) {
                    report(element, "diagram", "has no " + (element instanceof SequenceFlow ? "edge" : "shape")
                            + " in the diagram (BPMN DI): Camunda Modeler would not show it");
                }
            }
        }

        /**
         * A person's submission commits on its own and every service step runs in a transaction of its own, so a
         * failing step becomes a retried job and then an incident, never a lost submission (docs/decisions.md).
         */
        void asynchronousSteps() {
            for (UserTask task : all(UserTask.class)) {
                if (!task.isCamundaAsyncAfter()) {
                    report(task, "async", "no camunda:asyncAfter=\"true\": a failure after it would roll back what "
                            + "the person submitted");
                }
            }
            for (ServiceTask step : all(ServiceTask.class)) {
                if (!step.isCamundaAsyncBefore()) {
                    report(step, "async", "no camunda:asyncBefore=\"true\": if it fails, it rolls back the step "
                            + "before it instead of becoming an incident someone can retry");
                }
            }
        }

        void userTasks() {
            for (UserTask task : all(UserTask.class)) {
                candidateGroup(task);
                // A person chosen at run time (${voter} of a per-member vote) is fine; a person written into the
                // model is not.
                for (String people : new String[] {task.getCamundaAssignee(), task.getCamundaCandidateUsers()}) {
                    if (!blank(people) && !isExpression(people)) {
                        report(task, "candidate-group", "names a fixed person ('" + people
                                + "'): work goes to groups, never to one person (DESIGN.md §1)");
                    }
                }
                if (!blank(task.getCamundaFormKey())) {
                    report(task, "form", "camunda:formKey set: bind Camunda Forms with camunda:formRef only");
                }
                if (blank(task.getCamundaFormRef())) {
                    report(task, "form", "no camunda:formRef: every user task names its form in forms/");
                } else {
                    form(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding());
                }
            }
        }

        private void candidateGroup(UserTask task) {
            List<String> groups = task.getCamundaCandidateGroupsList().stream().map(String::trim)
                    .filter(group -> !group.isEmpty()).toList();
            if (groups.size() != 1) {
                report(task, "candidate-group", "needs exactly one camunda:candidateGroups entry, has " + groups.size()
                        + (groups.isEmpty() ? "" : " " + groups));
                return;
            }
            String group = groups.get(0);
            var perConsultation = PER_CONSULTATION_GROUP.matcher(group);
            boolean valid = Roles.isRole(group) || (perConsultation.matches() && Roles.isRole(perConsultation.group(1)))
                    || ORGANISATION_GROUP.equals(group);
            if (!valid) {
                report(task, "candidate-group", "candidate group '" + group + "' is neither a role " + Roles.ALL
                        + " nor a per-consultation group such as panel:${consultationRef} nor an organisation's own "
                        + ORGANISATION_GROUP);
            }
        }

        void startForms() {
            for (StartEvent start : all(StartEvent.class)) {
                if (!blank(start.getCamundaFormRef())) {
                    form(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding());
                }
            }
        }

        private void form(BaseElement element, String formRef, String binding) {
            if (binding != null && !FORM_REF_BINDINGS.contains(binding)) {
                report(element, "form", "camunda:formRefBinding '" + binding + "': use deployment (a task keeps the form it was created with)");
            }
            if (isExpression(formRef)) {
                report(element, "form", "camunda:formRef '" + formRef + "' is an expression: name the form itself");
                return;
            }
            Path form = formsFolder.resolve(formRef + ".form");
            if (!Files.isRegularFile(form)) {
                report(element, "form", "camunda:formRef '" + formRef + "' but there is no " + form);
                return;
            }
            try {
                JsonNode id = JSON.readTree(form.toFile()).get("id");
                if (id == null || !formRef.equals(id.asText())) {
                    report(element, "form", form + " has id " + (id == null ? "(none)" : "'" + id.asText() + "'")
                            + ", not '" + formRef + "': the engine finds forms by that id");
                }
            } catch (IOException e) {
                report(element, "form", form + " is not valid JSON: " + e.getMessage());
            }
        }

        void timers() {
            for (TimerEventDefinition timer : all(TimerEventDefinition.class)) {
                BaseElement event = owner(timer); // an event, or the user task of a timeout task listener
                Map<String, String> values = new LinkedHashMap<>();
                if (timer.getTimeDate() != null) {
                    values.put("timeDate", timer.getTimeDate().getTextContent());
                }
                if (timer.getTimeDuration() != null) {
                    values.put("timeDuration", timer.getTimeDuration().getTextContent());
                }
                if (timer.getTimeCycle() != null) {
                    values.put("timeCycle", timer.getTimeCycle().getTextContent());
                }
                values.values().removeIf(BpmnModelRules::blank);
                if (values.size() != 1) {
                    report(event, "timer", "a timer needs exactly one of timeDate, timeDuration, timeCycle; has "
                            + (values.isEmpty() ? "none" : values.keySet()));
                    continue;
                }
                var entry = values.entrySet().iterator().next();
                if (!isExpression(entry.getValue()) && !isIso8601Timer(entry.getValue(), entry.getKey())) {
                    report(event, "timer", entry.getKey() + " '" + entry.getValue().trim()
                            + "' is neither an expression nor ISO 8601 (e.g. P10D, R3/P3M, 2027-01-31T09:00:00Z)");
                }
            }
        }

        void messagesAndSignals() {
            for (MessageEventDefinition definition : all(MessageEventDefinition.class)) {
                BaseElement event = owner(definition);
                reference(event, definition.getAttributeValue("messageRef"), Message.class, "message",
                        event instanceof CatchEvent);
            }
            for (ReceiveTask task : all(ReceiveTask.class)) {
                reference(task, task.getAttributeValue("messageRef"), Message.class, "message", true);
            }
            for (SignalEventDefinition definition : all(SignalEventDefinition.class)) {
                BaseElement event = owner(definition);
                reference(event, definition.getAttributeValue("signalRef"), Signal.class, "signal",
                        event instanceof CatchEvent);
            }
        }

        private void reference(BaseElement user, String ref, Class<? extends BaseElement> type, String what,
                boolean required) {
            if (blank(ref)) {
                if (required) {
                    report(user, what, "waits for a " + what + " but names none: declare a bpmn:" + what
                            + " with a name and reference it");
                }
                return;
            }
            ModelElementInstance declared = model.getModelElementById(ref);
            if (!type.isInstance(declared)) {
                report(user, what, "refers to " + what + " '" + ref + "', which is not declared in this file");
                return;
            }
            String name = declared.getAttributeValue("name");
            if (blank(name)) {
                report(ref, what, "the " + what + " has no name: the engine correlates by name");
            }
        }

        void calledElements() {
            for (CallActivity call : all(CallActivity.class)) {
                String called = call.getCalledElement();
                if (blank(called)) {
                    report(call, "called-element", "a call activity names no process (calledElement)");
                } else if (!isExpression(called) && !processKeys.contains(called)) {
                    report(call, "called-element", "calls '" + called + "', which no file in bpmn/ defines");
                }
            }
        }
    }

    /** The nearest BPMN element around an event definition: its event, or the task of a timeout listener. */
    private static BaseElement owner(ModelElementInstance element) {
        for (ModelElementInstance parent = element.getParentElement(); parent != null;
                parent = parent.getParentElement()) {
            if (parent instanceof BaseElement base) {
                return base;
            }
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
