package org.powerpartnership.accountability.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.powerpartnership.accountability.PublicRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The accountability log as open data, for anyone without an account: JSON, CSV (RFC 4180, spreadsheet-safe) and an
 * Atom feed, each filterable like the log page ({@code ?area=...&status=...}), and one consultation's record as JSON.
 * The same facts as the public pages, nothing more.
 */
@RestController
@RequestMapping(OpenDataController.BASE)
class OpenDataController {

    static final String BASE = "/open-data";
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final PublicRecord record;
    private final String baseUrl;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    OpenDataController(PublicRecord record, @Value("${powerpartnership.base-url}") String baseUrl) {
        this.record = record;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(true);
    }

    @GetMapping(value = "/accountability.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<PublicRecord.LogEntry> json(@RequestParam(required = false) String area,
                                     @RequestParam(required = false) String status) {
        return record.log(area, status);
    }

    @GetMapping(value = "/consultations/{ref}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PublicRecord.ConsultationRecord> consultation(@PathVariable String ref) {
        return ResponseEntity.of(record.record(ref));
    }

    @GetMapping(value = "/accountability.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String area,
                               @RequestParam(required = false) String status) {
        StringBuilder csv = new StringBuilder("id,date,consultation_ref,consultation_title,area,kind,subject,status,"
                + "detail,approvals,returns,owner,due_on\r\n");
        for (PublicRecord.LogEntry entry : record.log(area, status)) {
            csv.append(String.join(",", cell(entry.id()), cell(entry.at().toString()), cell(entry.consultationRef()),
                    cell(entry.consultationTitle()), cell(entry.area()), cell(entry.kind()), cell(entry.subject()),
                    cell(entry.status()), cell(entry.detail()), number(entry.approvals()), number(entry.returns()),
                    cell(entry.owner()), entry.dueOn() == null ? "" : entry.dueOn().toString())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"accountability-log.csv\"")
                .body(csv.toString());
    }

    @GetMapping(value = "/accountability.atom")
    ResponseEntity<String> atom(@RequestParam(required = false) String area,
                                @RequestParam(required = false) String status) throws XMLStreamException {
        List<PublicRecord.LogEntry> entries = record.log(area, status);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        String self = UriComponentsBuilder.fromUriString(baseUrl + BASE + "/accountability.atom")
                .queryParamIfPresent("area", java.util.Optional.ofNullable(area).filter(a -> !a.isBlank()))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status).filter(s -> !s.isBlank()))
                .encode().toUriString();
        element(xml, "id", self);
        element(xml, "title", text("record.feed.title"));
        element(xml, "updated", timestamp(entries.isEmpty() ? Instant.EPOCH : entries.get(0).at()));
        link(xml, "self", self);
        link(xml, "alternate", baseUrl + "/record");
        xml.writeStartElement("author");
        element(xml, "name", text("app.name"));
        xml.writeEndElement();
        for (PublicRecord.LogEntry entry : entries) {
            xml.writeStartElement("entry");
            element(xml, "id", baseUrl + "/record/" + entry.consultationRef() + "#" + entry.id());
            element(xml, "title", entry.consultationTitle() + ": " + describe(entry));
            element(xml, "updated", timestamp(entry.at()));
            link(xml, "alternate", baseUrl + "/record/" + entry.consultationRef());
            xml.writeStartElement("category");
            xml.writeAttribute("term", entry.status());
            xml.writeEndElement();
            if (entry.detail() != null) {
                element(xml, "summary", entry.detail());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private String describe(PublicRecord.LogEntry entry) {
        String subject = PublicRecord.STAGE_DECISION.equals(entry.kind()) ? text("stage." + entry.subject())
                : entry.subject();
        return text("record.kind." + entry.kind()) + " – " + subject + " – " + text("record.status." + entry.status());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** One CSV field: quoted, quotes doubled, and a leading formula character defused for spreadsheets. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
