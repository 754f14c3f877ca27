package cn.yibiaotong.hub.poll;

import cn.yibiaotong.hub.batch.IngestHeaders;
import cn.yibiaotong.hub.connector.ConnectorCatalog;
import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.HttpPoll;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * A poll's response, streamed into a temporary file so that it enters the ingest route like any other file, with
 * the number of records it holds and the watermark it reaches. The file is deleted by {@link #discard}.
 */
@Component
public class PollResponses {

    /** How many records the response holds; -1 when it cannot be read (the batch then reports why). */
    public static final String RECORDS = "hubPollRecords";
    static final String TEMP_FILE = "hubPollFile";

    private final ConnectorCatalog catalog;

    public PollResponses(ConnectorCatalog catalog) {
        this.catalog = catalog;
    }

    public void store(Exchange exchange) throws IOException {
        Message in = exchange.getIn();
        ConnectorDefinition connector = catalog.find(in.getHeader(IngestHeaders.CONNECTOR, String.class)).orElseThrow();
        Path temp = Files.createTempFile("yibiaotong-poll-", "." + connector.format().type());
        exchange.setProperty(TEMP_FILE, temp);
        try (InputStream body = in.getBody(InputStream.class)) {
            if (body != null) {
                Files.copy(body, temp, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String name = "轮询数据（" + connector.httpPoll().map(HttpPoll::url).map(PollResponses::hostOf).orElse("") + "）";
        PollScan scan = PollScan.of(temp, name, connector);
        in.setBody(temp.toFile(), File.class);
        in.setHeader(IngestHeaders.FILE_NAME, name);
        in.setHeader(IngestHeaders.CHANNEL, "http-poll");
        in.setHeader(IngestHeaders.SUBMITTED_BY, connector.id());
        in.setHeader(RECORDS, scan.records());
        if (scan.watermark() == null) {
            in.removeHeader(IngestHeaders.WATERMARK);
        } else {
            in.setHeader(IngestHeaders.WATERMARK, scan.watermark());
        }
    }

    public void discard(Exchange exchange) throws IOException {
        Path temp = exchange.getProperty(TEMP_FILE, Path.class);
        if (temp != null) {
            Files.deleteIfExists(temp);
        }
    }

    /** Host and port only: a URL's path and query may carry a key, which has no place in reports. */
    static String hostOf(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
