package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.batch.BatchReport;
import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.security.AuditAction;
import cn.yibiaotong.hub.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Street offices upload their roster here; the file enters the same ingest route as every other transport. */
@RestController
@Tag(name = "uploads", description = "一表通上传")
public class UploadController {

    private final ConnectorCatalog connectors;
    private final ProducerTemplate producer;
    private final String ingestUri;
    private final WriteAccess writes;

    public UploadController(ConnectorCatalog connectors, ProducerTemplate producer,
                            @Value("${hub.routes.ingest}") String ingestUri, WriteAccess writes) {
        this.connectors = connectors;
        this.producer = producer;
        this.ingestUri = ingestUri;
        this.writes = writes;
    }

    @Operation(summary = "上传一个文件（XLSX 或 CSV），返回批次报告",
            description = "201：已入库；200：试运行（dryRun=true，不入库）；422：整批拒收或文件无法读取（problem details，含报告）")
    @PostMapping(path = "/api/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<BatchReport> upload(
            @Parameter(description = "连接器 id，如 street-roster") @RequestParam String connector,
            @Parameter(description = "只检查、不入库") @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestPart("file") MultipartFile file) throws IOException {
        ConnectorDefinition def = uploadable(connector);
        Caller caller = writes.check(def, AuditAction.UPLOAD);
        if (file.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "文件为空", "上传的文件“" + UploadFileName.of(file.getOriginalFilename())
                    + "”是空的（0 字节）。请确认选择了正确的文件。");
        }
        Path temp = Files.createTempFile("yibiaotong-upload-", ".bin");
        try {
            file.transferTo(temp);
            BatchReport report = producer.requestBodyAndHeaders(ingestUri, temp.toFile(), writes.headers(caller, Map.of(
                    IngestHeaders.CONNECTOR, def.id(),
                    IngestHeaders.FILE_NAME, UploadFileName.of(file.getOriginalFilename()),
                    IngestHeaders.CHANNEL, "upload",
                    IngestHeaders.DRY_RUN, dryRun)), BatchReport.class);
            writes.audited(AuditAction.UPLOAD, def, report);
            return BatchAnswers.respond(report, "文件无法读取");
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private ConnectorDefinition uploadable(String id) {
        ConnectorDefinition def = connectors.find(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "连接器不存在", "连接器“" + id + "”不存在。可上传的连接器：" + uploadableIds() + "。"));
        if (!def.acceptsUploads()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "连接器不接受上传",
                    "连接器“" + id + "”不接受网页上传。可上传的连接器：" + uploadableIds() + "。");
        }
        return def;
    }

    private String uploadableIds() {
        return connectors.all().stream().filter(ConnectorDefinition::acceptsUploads).map(ConnectorDefinition::id)
                .collect(Collectors.joining("、"));
    }
}
