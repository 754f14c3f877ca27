package cn.yibiaotong.hub.division;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The division tree and grids this hub serves, from the files named in configuration. */
@Configuration
public class DivisionConfiguration {

    @Bean
    public DivisionTree divisionTree(@Value("${hub.divisions-file:config/divisions/longquanyi.csv}") Path file) {
        return DivisionTree.load(file);
    }

    @Bean
    public Grids grids(@Value("${hub.grids-file:config/grids.csv}") Path file, DivisionTree divisions) {
        return Grids.load(file, divisions);
    }
}
