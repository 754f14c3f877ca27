package cn.yibiaotong.hub.connector;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a drop folder may hand to the hub: regular files that really lie in the folder. A symbolic link (or a name
 * that resolves elsewhere) could make the hub read, and then move, a file outside the folder; it is left where it
 * is and reported once in the log, by file name only.
 */
@Component("dropFolderFilter")
public class DropFolderFilter implements GenericFileFilter<File> {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolderFilter.class);

    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    @Override
    public boolean accept(GenericFile<File> file) {
        if (file.isDirectory()) {
            return false;
        }
        Path path = file.getFile().toPath();
        boolean inside;
        try {
            Path folder = Path.of(file.getEndpointPath()).toRealPath();
            inside = !Files.isSymbolicLink(path) && path.toRealPath().getParent().equals(folder);
        } catch (IOException e) {
            inside = false;
        }
        if (!inside && reported.add(path.toAbsolutePath())) {
            LOG.warn("drop folder {}: {} is a link or lies outside the folder; not read", file.getEndpointPath(),
                    path.getFileName());
        }
        return inside;
    }
}
