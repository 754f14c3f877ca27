package cn.yibiaotong.hub.connector;


import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** A drop folder hands the hub only the regular files that lie in it: never a link to a file elsewhere. */
class DropFolderFilterTest {

    @TempDir
    Path root;

    private final DropFolderFilter filter = new DropFolderFilter();

    @Test
    void aRegularFileInTheFolderIsTaken() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        assertThat(filter.accept(file(inbox, Files.writeString(inbox.resolve("roster.csv"), "a,b\n")))).isTrue();
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsLeftAlone() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path secret = Files.writeString(root.resolve("secret.csv"), "姓名,公民身份号码\n");
        Path link = Files.createSymbolicLink(inbox.resolve("roster.csv"), secret);
        assertThat(filter.accept(file(inbox, link))).isFalse();
        assertThat(Files.exists(secret)).isTrue();
    }

    @Test
    void aFolderIsNotTaken() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        GenericFile<File> sub = file(inbox, Files.createDirectories(inbox.resolve("sub")));
        sub.setDirectory(true);
        assertThat(filter.accept(sub)).isFalse();
    }

    private static GenericFile<File> file(Path folder, Path path) {
        GenericFile<File> f = new GenericFile<>();
        f.setEndpointPath(folder.toString());
        f.setFile(path.toFile());
        f.setAbsoluteFilePath(path.toAbsolutePath().toString());
        f.setFileName(path.getFileName().toString());
        return f;
    }
}
