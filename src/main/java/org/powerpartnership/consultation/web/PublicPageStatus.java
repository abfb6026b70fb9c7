package org.powerpartnership.consultation.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.powerpartnership.consultation.PublicConsultations;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A link to a consultation that does not exist answers HTTP 404, so search engines and link checkers see it is
 * gone. The page itself (Vaadin's bootstrap page, which then shows the friendly "not found" view) is unchanged:
 * the framework answers 200 for every page it serves, and decides the view only after the page has loaded.
 */
@Component
class PublicPageStatus extends OncePerRequestFilter {

    private static final Pattern CONSULTATION_PAGE = Pattern.compile("^/have-your-say/([^/]+)/?$");

    private final PublicConsultations consultations;

    PublicPageStatus(PublicConsultations consultations) {
        this.consultations = consultations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || !CONSULTATION_PAGE.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher page = CONSULTATION_PAGE.matcher(path(request));
        if (page.matches() && consultations.page(URLDecoder.decode(page.group(1), StandardCharsets.UTF_8)).isEmpty()) {
            HttpServletResponse notFound = new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int status) {
                    super.setStatus(status == HttpServletResponse.SC_OK ? HttpServletResponse.SC_NOT_FOUND : status);
                }
            };
            notFound.setStatus(HttpServletResponse.SC_NOT_FOUND);
            chain.doFilter(request, notFound);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
