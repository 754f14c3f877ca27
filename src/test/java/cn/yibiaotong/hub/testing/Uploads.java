package cn.yibiaotong.hub.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Uploads files through the real HTTP endpoint, as a browser form would. */
public final class Uploads {

    private final TestRestTemplate http;

    public Uploads(TestRestTemplate http) {
        this.http = http;
    }

    public ResponseEntity<String> upload(String connector, Path file, boolean dryRun) throws java.io.IOException {
        return upload(connector, file.getFileName().toString(), Files.readAllBytes(file), dryRun);
    }

    public ResponseEntity<String> upload(String connector, String fileName, byte[] content, boolean dryRun) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/uploads?connector=" + connector + "&dryRun=" + dryRun,
                new HttpEntity<>(form, headers), String.class);
    }
}
