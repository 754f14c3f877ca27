package cn.yibiaotong.hub.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibiaotong.hub.configfile.ConfigFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepartmentsLoaderTest {

    private static final String VALID = """
            departments:
              - code: civil-affairs
                name: 民政局
              - code: street-office
                name: 街道办事处
            """;

    @TempDir
    Path dir;

    @Test
    void loadsInFileOrder() throws IOException {
        Departments departments = DepartmentsLoader.load(write(VALID));

        assertThat(departments.all()).extracting(Department::code).containsExactly("civil-affairs", "street-office");
    }

    @Test
    void duplicateCodeNamesBothLines() throws IOException {
        Path file = write(VALID.replace("code: street-office", "code: civil-affairs"));

        assertThatThrownBy(() -> DepartmentsLoader.load(file))
                .isInstanceOf(ConfigFileException.class)
                .hasMessage("配置文件 " + file + " 第 4 行（civil-affairs）：部门代码“civil-affairs”重复，第 2 行已经定义过（民政局）。"
                        + "每个部门只写一次：请删除重复的一项，或改用不同的代码。");
    }

    @Test
    void codeMustBeLowerCaseWithHyphens() throws IOException {
        Path file = write(VALID.replace("code: street-office", "code: Street_Office"));

        assertThatThrownBy(() -> DepartmentsLoader.load(file))
                .hasMessage("配置文件 " + file + " 第 4 行（departments[1].code）：取值“Street_Office”的写法不对。"
                        + "请改为符合要求的写法。说明：部门代码，小写英文字母开头，只含小写字母、数字和连字符，如 civil-affairs。");
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("departments.yaml"), text);
    }
}
