package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.BatchReports;
import cn.yibiaotong.hub.batch.BatchStatus;
import cn.yibiaotong.hub.batch.PushReplays;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Department systems push their records here (JSON or XML in the request body). One push is one batch: the body is
 * streamed into a temporary file within the size limit, enters the same ingest route as every other transport, and
 * the answer is its report. A push is applied whole or not at all.
 */
@RestController
@Tag(name = "inbound", description = "部门系统推送")
public class InboundController {

    private static final int MAX_KEY_LENGTH = 200;

    private final ConnectorCatalog connectors;
    private final ProducerTemplate producer;
    private final String ingestUri;
    private final WriteAccess writes;
    private final DataSize maxSize;
    private final PushReplays replays;
    private final BatchReports reports;

    public InboundController(ConnectorCatalog connectors, ProducerTemplate producer,
                             @Value("${hub.routes.ingest}") String ingestUri, WriteAccess writes,
                             @Value("${hub.push.max-size:100MB}") DataSize maxSize, PushReplays replays,
                             BatchReports reports) {
        this.connectors = connectors;
        this.producer = producer;
        this.ingestUri = ingestUri;
        this.writes = writes;
        this.maxSize = maxSize;
        this.replays = replays;
        this.reports = reports;
    }

    @Operation(summary = "部门系统推送一批记录（JSON 或 XML，按连接器的格式），返回批次报告",
            description = "201：已入库；200：试运行（dryRun=true，不入库）；422：整批拒收或数据无法读取（problem details，含报告）；"
                    + "400：连接器不接受推送或推送内容为空；404：连接器不存在；413：内容过大；415：内容类型与连接器的格式不符")
    @PostMapping("/api/inbound/{connector}")
    public ResponseEntity<BatchReport> push(
            @Parameter(description = "连接器 id，如 health-elderly-checks") @PathVariable String connector,
            @Parameter(description = "只检查、不入库") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "部门系统为这次推送取的唯一键（不超过 200 个字符）。没收到应答而重发时用同一个键："
                    + "已入库的推送直接返回原批次报告（200，响应头 Idempotent-Replayed: true），不会重复计数")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(description = "一批记录，格式见 samples/DEPARTMENTS.md；读取方式由连接器的 format 决定", required = true,
                    content = {@Content(mediaType = "application/json"), @Content(mediaType = "application/xml")})
            HttpServletRequest request) throws IOException {
        ConnectorDefinition def = pushable(connector);
        Caller caller = writes.check(def, AuditAction.PUSH);
        String key = dryRun ? null : checkedKey(idempotencyKey);
        if (key != null) {
            Optional<PushReplays.Earlier> earlier = replays.find(def.id(), key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), key);
            }
        }
        PushContentType.check(def, request.getContentType());
        if (request.getContentLengthLong() > maxSize.toBytes()) {
            throw tooLarge();
        }
        Path temp = Files.createTempFile("yibiaotong-push-", "." + def.format().type());
        try {
            long size = LimitedCopy.copy(request.getInputStream(), temp, maxSize.toBytes());
            if (size < 0) {
                throw tooLarge();
            }
            if (size == 0) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "推送内容为空", "推送的请求体是空的（0 字节）。请在请求体中发送 "
                        + def.format().type().toUpperCase() + " 数据后重新推送。");
            }
            Map<String, Object> headers = new HashMap<>(Map.of(
                    IngestHeaders.CONNECTOR, def.id(),
                    IngestHeaders.FILE_NAME, "推送数据",
                    IngestHeaders.CHANNEL, "push",
                    IngestHeaders.DRY_RUN, dryRun));
            if (key != null) {
                headers.put(IngestHeaders.IDEMPOTENCY_KEY, key);
            }
            BatchReport report = producer.requestBodyAndHeaders(ingestUri, temp.toFile(), writes.headers(caller, headers),
                    BatchReport.class);
            writes.audited(AuditAction.PUSH, def, report);
            return BatchAnswers.respond(report, "推送数据无法读取");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String checkedKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Idempotency-Key 无效", "请求头 Idempotency-Key 的长度为 "
                    + key.length() + " 个字符，应为 1 到 " + MAX_KEY_LENGTH + " 个字符。请为每次推送取一个唯一的键"
                    + "（如部门系统的推送流水号），重发同一推送时用同一个键。");
        }
        return key;
    }

    /** The push was already made: its batch answers again, nothing is read twice. */
    private ResponseEntity<BatchReport> replay(PushReplays.Earlier earlier, String key) {
        if (earlier.status() == BatchStatus.RUNNING) {
            throw new ApiProblem(HttpStatus.CONFLICT, "同一推送正在处理", "Idempotency-Key 为“" + key + "”的推送正在处理中（批次 "
                    + earlier.batchId() + "），本次重发未读取。请稍后用同一个键再次发送，届时将返回该批次的结果。")
                    .with("batchId", earlier.batchId());
        }
        return ResponseEntity.ok().header("Idempotent-Replayed", "true")
                .body(reports.find(earlier.batchId()).orElseThrow());
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "推送内容过大", "推送内容超过了允许的 " + maxSize.toMegabytes()
                + " MB（" + maxSize.toBytes() + " 字节），未读取。请分成几次推送，每次不超过该大小。");
    }

    private ConnectorDefinition pushable(String id) {
        ConnectorDefinition def = connectors.find(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "连接器不存在", "连接器“" + id + "”不存在。接受推送的连接器：" + pushableIds() + "。"));
        if (!def.acceptsPushes()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "连接器不接受推送",
                    "连接器“" + id + "”不接受推送（其 transport 中没有 push: true）。接受推送的连接器：" + pushableIds() + "。");
        }
        return def;
    }

    private String pushableIds() {
        return connectors.all().stream().filter(ConnectorDefinition::acceptsPushes).map(ConnectorDefinition::id)
                .collect(Collectors.joining("、"));
    }
}
