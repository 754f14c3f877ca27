package cn.yibiaotong.hub.security;

import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.department.Departments;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The power list for people (config/access.yaml), read and checked once at start-up. */
@Configuration
public class AccessConfiguration {

    @Bean
    public PowerList powerList(@Value("${hub.access-file:config/access.yaml}") String accessFile,
                               @Value("${hub.schemas-dir:schemas/meta}") String schemasDir, DataList dataList,
                               Departments departments) {
        return AccessLoader.load(Path.of(accessFile), Path.of(schemasDir), dataList, departments);
    }
}
