package org.powerpartnership.network.web;

import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.powerpartnership.network.OpenReferralExport;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory of active organisations as Open Referral UK JSON, open data at a stable address for anyone without
 * an account (the security chain lets every GET under /open-data through): referral tools, other councils and the
 * standard's own validator read it from wherever they run, so any origin may fetch it, and caches may keep it a
 * few minutes (a directory changes slowly; an officer's edit shows within five).
 */
@RestController
class OpenReferralController {

    static final String PATH = "/open-data/organisations.json";

    private final OpenReferralExport export;

    OpenReferralController(OpenReferralExport export) {
        this.export = export;
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> organisations() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(export.directory());
    }
}
