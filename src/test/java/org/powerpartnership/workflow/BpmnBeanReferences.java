package org.powerpartnership.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The Spring beans a process file's expressions call, found by reading every attribute and text of the file (so new
 * places need no new code). Two kinds of reference:
 * <ul>
 * <li><b>leading</b>: {@code camunda:delegateExpression} and {@code camunda:expression} (service-like tasks, message
 * events) and the {@code expression}/{@code delegateExpression} of execution and task listeners name a bean with their
 * leading identifier: {@code ${reminderDelegate}}, {@code ${notices.send(execution)}};</li>
 * <li><b>method call</b>: anywhere else (conditions, collections, timers, due dates, input/output mappings),
 * {@code ${name.method(...)}} calls a bean. A plain {@code ${variableName}} or {@code ${flag == 'x'}} reads process
 * variables and needs no bean; process variables carry ids and flags (DESIGN.md §3), not objects with methods.</li>
 * </ul>
 * The engine's own names ({@code execution}, {@code task}, {@code dateTime()}, ...) are never beans.
 */
final class BpmnBeanReferences {

    /** One identifier an expression expects to be a Spring bean. */
    record BeanReference(String file, String elementId, String where, String expression, String bean) {
        @Override
        public String toString() {
            return file + "  " + elementId + "  " + where + "=\"" + expression + "\" needs a bean named '" + bean + "'";
        }
    }

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /** Variables the engine puts into every expression's context (Camunda 7 user guide, "Expression Language"). */
    static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
            "authenticatedUserId", "variableScope");
    private static final Set<String> EL_KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    /** Texts the engine never evaluates as expressions (or evaluates as scripts, not EL). */
    private static final Set<String> NOT_EVALUATED_BPMN = Set.of("documentation", "textAnnotation", "text", "script");
    private static final Set<String> NOT_EVALUATED_CAMUNDA = Set.of("script", "string", "properties");
    private static final Set<String> LISTENERS = Set.of("executionListener", "taskListener");

    private static final Pattern LEADING_IDENTIFIER = Pattern.compile("^\\s*([A-Za-z_$][\\w$]*)\\s*(\\()?");
    private static final Pattern METHOD_CALL =
            Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*\\.\\s*[A-Za-z_$][\\w$]*\\s*\\(");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

    private BpmnBeanReferences() {
    }

    static List<BeanReference> in(Path file) {
        Document document = (Document) BpmnFiles.read(file).getDocument().getDomSource().getNode();
        List<BeanReference> references = new ArrayList<>();
        visit(document.getDocumentElement(), file.toString(), references);
        return references;
    }

    private static void visit(Element element, String file, List<BeanReference> references) {
        String ns = element.getNamespaceURI();
        String name = element.getLocalName();
        if ((BPMN_NS.equals(ns) && NOT_EVALUATED_BPMN.contains(name))
                || (CAMUNDA_NS.equals(ns) && NOT_EVALUATED_CAMUNDA.contains(name))
                || (ns != null && ns.startsWith("http://www.omg.org/spec/BPMN/20100524/DI"))) {
            return;
        }
        // A condition or mapping written in a script language is not EL.
        String language = element.getAttribute("language");
        boolean scriptText = !language.isBlank() && !Set.of("juel", "el").contains(language.toLowerCase());
        String elementId = owningId(element);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            boolean leading = namesBean(element, attribute);
            String where = BPMN_NS.equals(ns) ? attribute.getName() : element.getTagName() + " " + attribute.getName();
            scan(attribute.getValue(), leading, file, elementId, where, references);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            boolean text = child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE;
            if (text && !scriptText) {
                scan(child.getNodeValue(), false, file, elementId, element.getTagName(), references);
            } else if (child instanceof Element childElement) {
                visit(childElement, file, references);
            }
        }
    }

    /** Attributes whose expression's leading identifier is a bean (a delegate, or the target of a call). */
    private static boolean namesBean(Element element, Attr attribute) {
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        boolean camundaAttribute = CAMUNDA_NS.equals(attribute.getNamespaceURI());
        if (camundaAttribute && (local.equals("delegateExpression") || local.equals("expression"))) {
            return true;
        }
        boolean listener = CAMUNDA_NS.equals(element.getNamespaceURI()) && LISTENERS.contains(element.getLocalName());
        return listener && attribute.getNamespaceURI() == null
                && (local.equals("delegateExpression") || local.equals("expression"));
    }

    /**
     * The id of the element itself or of the nearest element around it that Modeler shows (a listener or a loop
     * reports its task, a timer definition its event).
     */
    private static String owningId(Element element) {
        for (Node node = element; node instanceof Element candidate; node = node.getParentNode()) {
            String local = candidate.getLocalName();
            if (candidate.hasAttribute("id") && BPMN_NS.equals(candidate.getNamespaceURI())
                    && !local.endsWith("EventDefinition") && !local.endsWith("LoopCharacteristics")) {
                return candidate.getAttribute("id");
            }
        }
        return "-";
    }

    private static void scan(String text, boolean leading, String file, String elementId, String where,
            List<BeanReference> references) {
        if (text == null) {
            return;
        }
        for (String body : expressionBodies(text)) {
            for (String bean : beansIn(body, leading)) {
                references.add(new BeanReference(file, elementId, where, text.trim(), bean));
            }
        }
    }

    /** Identifiers in one expression body that must be beans. */
    static List<String> beansIn(String body, boolean leading) {
        String code = STRING_LITERAL.matcher(body).replaceAll("''");
        List<String> beans = new ArrayList<>();
        if (leading) {
            Matcher first = LEADING_IDENTIFIER.matcher(code);
            // A function call (dateTime(), S(...)) is the engine's, not a bean.
            if (first.find() && first.group(2) == null && isCandidate(first.group(1))) {
                beans.add(first.group(1));
            }
        }
        Matcher call = METHOD_CALL.matcher(code);
        while (call.find()) {
            if (isCandidate(call.group(1)) && !beans.contains(call.group(1))) {
                beans.add(call.group(1));
            }
        }
        return beans;
    }

    private static boolean isCandidate(String identifier) {
        return !ENGINE_NAMES.contains(identifier) && !EL_KEYWORDS.contains(identifier);
    }

    /** The bodies of every {@code ${...}} and {@code #{...}} in a text, braces and quotes respected. */
    static List<String> expressionBodies(String text) {
        List<String> bodies = new ArrayList<>();
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                int depth = 1;
                int j = i + 2;
                char quote = 0;
                while (j < text.length() && depth > 0) {
                    char d = text.charAt(j);
                    if (quote != 0) {
                        if (d == '\\') {
                            j++;
                        } else if (d == quote) {
                            quote = 0;
                        }
                    } else if (d == '\'' || d == '"') {
                        quote = d;
                    } else if (d == '{') {
                        depth++;
                    } else if (d == '}') {
                        depth--;
                    }
                    j++;
                }
                bodies.add(text.substring(i + 2, depth == 0 ? j - 1 : j));
                i = j;
            } else {
                i++;
            }
        }
        return bodies;
    }
}
