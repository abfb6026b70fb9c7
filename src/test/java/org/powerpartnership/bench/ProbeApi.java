package org.powerpartnership.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;

/** The engine's REST API through the proxy, as the admin. */
final class ProbeApi {

    private final TwoNodeCluster cluster;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String basic = "Basic " + Base64.getEncoder().encodeToString(
            (TwoNodeCluster.ADMIN_EMAIL + ":" + TwoNodeCluster.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    ProbeApi(TwoNodeCluster cluster) {
        this.cluster = cluster;
    }

    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cluster.url("/engine-rest" + path)))
                .timeout(Duration.ofSeconds(20)).header("Authorization", basic)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The admin also works as an officer (the launch screen is theirs), through Camunda's identity API. */
    void makeAdminAnOfficer() throws IOException, InterruptedException {
        HttpResponse<String> users = send("GET", "/user?email="
                + URLEncoder.encode(TwoNodeCluster.ADMIN_EMAIL, StandardCharsets.UTF_8), null);
        Matcher id = TwoNodeKill.ID.matcher(users.body());
        if (!id.find()) {
            throw new IllegalStateException("no admin user: " + users.body());
        }
        if (send("GET", "/group/officer", null).statusCode() == 404) {
            send("POST", "/group/create", "{\"id\":\"officer\",\"name\":\"Officers\",\"type\":\"WORKFLOW\"}");
        }
        HttpResponse<String> member = send("PUT", "/group/officer/members/" + id.group(1), null);
        if (member.statusCode() != 204) {
            throw new IllegalStateException("cannot make the admin an officer: " + member.statusCode() + " "
                    + member.body());
        }
    }

    void deployProbe() throws IOException, InterruptedException {
        String boundary = "pp" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + TwoNodeKill.PROCESS + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"probe\";"
                + " filename=\"" + TwoNodeKill.PROCESS + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                + probeBpmn() + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create(cluster.url("/engine-rest/deployment/create")))
                .header("Authorization", basic)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Cannot deploy the probe: " + response.statusCode() + " "
                    + response.body());
        }
    }

    static String probeBpmn() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="probe-definitions" targetNamespace="https://powerpartnership.example.org/probe">
                  <bpmn:process id="%s" name="Two-node probe" isExecutable="true"
                      camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
                    <bpmn:userTask id="work" name="Stage work" camunda:candidateGroups="admin"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="due"/>
                    <bpmn:intermediateCatchEvent id="due">
                      <bpmn:timerEventDefinition>
                        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT%dS</bpmn:timeDuration>
                      </bpmn:timerEventDefinition>
                    </bpmn:intermediateCatchEvent>
                    <bpmn:sequenceFlow id="f3" sourceRef="due" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(TwoNodeKill.PROCESS, TwoNodeKill.TIMER.toSeconds());
    }
}
