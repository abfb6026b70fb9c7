package org.powerpartnership.forms.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementFactory;

/**
 * The Markdown a form's guidance may use, turned into plain components: paragraphs (separated by a blank
 * line), {@code - } or {@code * } bullet lists, {@code #} and {@code ##} headings (shown as H3 and H4, below a
 * screen's own H1/H2), and {@code **bold**}. Everything else is shown as the text it is: nothing in a form file
 * ever becomes HTML.
 */
final class SafeMarkdown {

    private SafeMarkdown() {
    }

    static List<Component> render(String markdown) {
        List<Component> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        UnorderedList list = null;
        for (String rawLine : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String line = rawLine.strip();
            boolean bullet = line.startsWith("- ") || line.startsWith("* ");
            boolean heading = line.startsWith("#");
            if (line.isEmpty() || bullet || heading) {
                flush(paragraph, blocks);
            }
            if (!bullet) {
                list = null;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (bullet) {
                if (list == null) {
                    list = new UnorderedList();
                    blocks.add(list);
                }
                ListItem item = new ListItem();
                inline(item, line.substring(2).strip());
                list.add(item);
            } else if (heading) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                String title = line.substring(level).strip();
                if (!title.isEmpty()) {
                    Component h = level == 1 ? new H3() : new H4();
                    inline((HasComponents) h, title);
                    blocks.add(h);
                }
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(List<String> lines, List<Component> blocks) {
        if (!lines.isEmpty()) {
            Paragraph paragraph = new Paragraph();
            inline(paragraph, String.join(" ", lines));
            blocks.add(paragraph);
            lines.clear();
        }
    }

    /** Text with {@code **bold**} runs; an unmatched {@code **} stays as it is. */
    private static void inline(HasComponents parent, String text) {
        Element element = parent.getElement();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf("**", at);
            int close = open < 0 ? -1 : text.indexOf("**", open + 2);
            if (open < 0 || close < 0 || close == open + 2) {
                element.appendChild(Element.createText(text.substring(at)));
                return;
            }
            if (open > at) {
                element.appendChild(Element.createText(text.substring(at, open)));
            }
            element.appendChild(ElementFactory.createStrong(text.substring(open + 2, close)));
            at = close + 2;
        }
    }
}
