package org.powerpartnership.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every Camunda Form on the classpath ({@code forms/**}{@code /*.form}, copied there from the top-level
 * {@code forms/} folder), read once at start-up and keyed by form id. A broken form stops the start with a
 * message naming the file: better than a task nobody can complete.
 */
@Component
public class FormCatalog {

    static final String LOCATION = "classpath*:forms/**/*.form";
    private static final Logger log = LoggerFactory.getLogger(FormCatalog.class);

    private final Map<String, FormSchema> forms;

    public FormCatalog() {
        this(LOCATION);
    }

    FormCatalog(String location) {
        Map<String, FormSchema> read = new TreeMap<>();
        Map<String, String> origin = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
                String where = resource.getDescription();
                FormSchema schema;
                try {
                    schema = FormSchemas.parse(resource.getContentAsString(StandardCharsets.UTF_8));
                } catch (FormSchemaException broken) {
                    throw new FormSchemaException(where + ": " + broken.getMessage(), broken);
                }
                if (read.putIfAbsent(schema.id(), schema) != null) {
                    throw new FormSchemaException("Two forms have the id " + schema.id() + ": " + origin.get(schema.id())
                            + " and " + where);
                }
                origin.put(schema.id(), where);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the forms at " + location, unreadable);
        }
        this.forms = Collections.unmodifiableMap(read);
        log.info("Read {} forms: {}", forms.size(), forms.keySet());
    }

    /**
     * The form with this id (a user task's {@code camunda:formRef}).
     *
     * @throws NoSuchElementException when there is no such form
     */
    public FormSchema byId(String id) {
        FormSchema schema = forms.get(id);
        if (schema == null) {
            throw new NoSuchElementException("There is no form " + id + "; known forms: " + forms.keySet());
        }
        return schema;
    }

    /** The ids of every form, sorted. */
    public Set<String> ids() {
        return forms.keySet();
    }
}
